package pl.innowacje.katalog.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mock.web.MockHttpServletRequest;

class UsageTest {

    private final UsageStore store = mock(UsageStore.class);
    // 23:30 UTC on 1 December is already 2 December in Warsaw: days are the portal's.
    private final Usage usage = new Usage(store, new Visitors(Visitors.ROBOTS),
            Clock.fixed(Instant.parse("2026-12-01T23:30:00Z"), Statistics.ZONE));

    private static MockHttpServletRequest reader() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0");
        return request;
    }

    @SuppressWarnings("unchecked")
    private Map<Usage.Key, Long> written() {
        ArgumentCaptor<Map<Usage.Key, Long>> captor = ArgumentCaptor.forClass(Map.class);
        verify(store).add(captor.capture());
        return new HashMap<>(captor.getValue());
    }

    @Test
    void countsAreSummedPerSolutionFileAndPortalDayAndWrittenTogether() {
        usage.viewed(7, reader());
        usage.viewed(7, reader());
        usage.viewed(8, reader());
        usage.downloaded(70, 7, reader());
        MockHttpServletRequest robot = new MockHttpServletRequest("GET", "/");
        robot.addHeader("User-Agent", "Googlebot/2.1");
        usage.viewed(7, robot);

        usage.flush();

        LocalDate day = LocalDate.of(2026, 12, 2);
        assertThat(written()).containsExactlyInAnyOrderEntriesOf(Map.of(
                new Usage.Key(Usage.Kind.VIEW, 7, 7, day), 2L,
                new Usage.Key(Usage.Kind.VIEW, 8, 8, day), 1L,
                new Usage.Key(Usage.Kind.DOWNLOAD, 70, 7, day), 1L));
    }

    @Test
    void nothingIsWrittenWhenNothingWasCounted() {
        usage.flush();
        verify(store, never()).add(any());
    }

    @Test
    void countsThatCouldNotBeWrittenWaitForTheNextFlush() {
        usage.viewed(7, reader());
        doThrow(new IllegalStateException("database away")).when(store).add(any());
        usage.flush();
        usage.viewed(7, reader());

        org.mockito.Mockito.reset(store);
        usage.flush();

        assertThat(written().values()).containsExactly(2L);
    }
}
