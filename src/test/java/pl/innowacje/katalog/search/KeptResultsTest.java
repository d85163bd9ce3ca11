package pl.innowacje.katalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class KeptResultsTest {

    private final SearchService search = mock(SearchService.class);
    private final SearchRequest praca = new SearchRequest("praca", 1, 10, SearchRequest.Sort.RELEVANCE,
            Map.of("area", List.of("dobre-rzadzenie")));

    @Test
    void aRepeatedSearchIsAnsweredFromWhatWasKeptUntilTheIndexChanges() {
        SearchResult before = result(3);
        SearchResult after = result(4);
        when(search.search(praca)).thenReturn(before, after);
        KeptResults kept = new KeptResults(search, 10);

        assertThat(kept.search(praca)).isSameAs(before);
        assertThat(kept.search(new SearchRequest("praca", 1, 10, SearchRequest.Sort.RELEVANCE,
                Map.of("area", List.of("dobre-rzadzenie"))))).isSameAs(before);
        verify(search, times(1)).search(praca);

        kept.indexChanged(new IndexFollower.Applied());
        assertThat(kept.search(praca)).isSameAs(after);
        verify(search, times(2)).search(praca);
    }

    @Test
    void otherFiltersOrPagesAreOtherSearches() {
        SearchRequest secondPage = new SearchRequest("praca", 2, 10, SearchRequest.Sort.RELEVANCE,
                Map.of("area", List.of("dobre-rzadzenie")));
        when(search.search(praca)).thenReturn(result(3));
        when(search.search(secondPage)).thenReturn(result(13));
        KeptResults kept = new KeptResults(search, 10);

        assertThat(kept.search(praca).total()).isEqualTo(3);
        assertThat(kept.search(secondPage).total()).isEqualTo(13);
    }

    @Test
    void withNothingToKeepEverySearchIsAnsweredFresh() {
        when(search.search(praca)).thenReturn(result(3));
        KeptResults kept = new KeptResults(search, 0);
        kept.search(praca);
        kept.search(praca);
        verify(search, times(2)).search(praca);
    }

    private static SearchResult result(long total) {
        return new SearchResult(total, List.of(), Map.of(), null, false, false);
    }
}
