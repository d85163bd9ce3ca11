package pl.innowacje.katalog.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import pl.innowacje.katalog.search.FacetLabels;

class RegionMapsTest {

    private final RegionMaps maps;

    RegionMapsTest() {
        FacetLabels labels = mock(FacetLabels.class);
        when(labels.label(eq("region"), anyString(), any(Locale.class))).thenAnswer(i -> "r" + i.getArgument(1));
        maps = new RegionMaps(labels);
    }

    private static RegionMap.Region region(RegionMap map, String code) {
        return map.regions().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void everyVoivodeshipIsOnTheMapShadedByItsCountWithTheLargestDarkest() {
        RegionMap map = maps.of(Map.of("12", 3L, "14", 1L, "24", 2L, "1261", 9L), List.of("14"),
                code -> "/szukaj?region=" + code, Locale.ROOT);

        assertThat(map.regions()).extracting(RegionMap.Region::code).containsExactly("02", "04", "06", "08", "10",
                "12", "14", "16", "18", "20", "22", "24", "26", "28", "30", "32");
        assertThat(region(map, "12")).isEqualTo(new RegionMap.Region("12", "r12", 3, 4, false, "/szukaj?region=12",
                555, 736));
        assertThat(region(map, "14").shade()).isEqualTo(2);
        assertThat(region(map, "14").selected()).isTrue();
        assertThat(region(map, "24").shade()).isEqualTo(3);
        assertThat(region(map, "02").shade()).isZero();
        assertThat(map.nationwide()).as("no nationwide solutions").isNull();
        assertThat(map.legend()).containsExactly(new RegionMap.Range(0, 0, 0), new RegionMap.Range(2, 1, 1),
                new RegionMap.Range(3, 2, 2), new RegionMap.Range(4, 3, 3));
    }

    @Test
    void eachShadeOfTheKeyHoldsExactlyTheCountsDrawnInIt() {
        for (long max = 1; max <= 40; max++) {
            List<RegionMap.Range> legend = RegionMaps.legend(max);
            for (long count = 1; count <= max; count++) {
                int shade = RegionMaps.shade(count, max);
                long c = count;
                assertThat(legend).as("count %d of %d", count, max)
                        .filteredOn(r -> r.from() <= c && c <= r.to()).extracting(RegionMap.Range::shade)
                        .containsExactly(shade);
            }
            assertThat(RegionMaps.shade(max, max)).isEqualTo(RegionMap.SHADES);
        }
    }

    @Test
    void solutionsTestedNationwideAreCountedBesideTheMap() {
        RegionMap map = maps.of(Map.of("PL", 17L), List.of(), code -> "/x?region=" + code, Locale.ROOT);
        assertThat(map.nationwide()).isEqualTo(new RegionMap.Region("PL", "rPL", 17, 0, false, "/x?region=PL", 0,
                0));
        assertThat(map.isEmpty()).isFalse();
        assertThat(maps.of(Map.of(), List.of(), code -> "", Locale.ROOT).isEmpty()).isTrue();
    }
}
