package pl.innowacje.katalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pl.innowacje.katalog.catalog.SolutionSnapshot;
import pl.innowacje.katalog.catalog.Status;
import pl.innowacje.katalog.catalog.Vocabularies;

/** How words combine: every word first, one word may be missing from three on, phrases and exclusions hold. */
class RankingTest {

    private SearchIndex index;
    private SearchService search;

    @BeforeEach
    void catalogue() throws Exception {
        Vocabularies vocabularies = mock(Vocabularies.class);
        when(vocabularies.label(any(), any(), any())).thenAnswer(a -> a.getArgument(1));
        index = SearchIndex.inMemory(Fields.Weights.standard(), vocabularies);
        String filler = " Opis działań w kolejnych etapach wdrożenia i ich omówienie.".repeat(40);
        List<SolutionSnapshot> all = List.of(
                solution(1, "krotki", "Trener i urząd", "Trener pracy, trener pracy i urząd pracy."),
                solution(2, "dlugi", "Wdrożenie w gminie", "Trener pracy współpracuje z urzędem w gminie." + filler),
                solution(3, "inny", "Mapa problemów", "Mapa problemów społecznych gminy."),
                solution(4, "przylaczenie", "Przyłączenie do sieci", "Przyłączenie szkoły do sieci partnerów."),
                solution(5, "niepelnosprawnosc", "Wsparcie w pracy",
                        "Praca dla osób z niepełnosprawnościami u zwykłych pracodawców."));
        index.replace(List.of(1L, 2L, 3L, 4L, 5L), all, Map.of());
        index.commit(5);
        search = new SearchService(index, block -> null);
    }

    @AfterEach
    void close() throws Exception {
        index.destroy();
    }

    private static SolutionSnapshot solution(long id, String slug, String title, String summary) {
        return new SolutionSnapshot(id, slug, title, null, summary, null, null, Status.PUBLISHED, null,
                Instant.parse("2020-01-01T00:00:00Z"), Instant.now(), List.of(), Map.of(), List.of(), List.of());
    }

    private List<String> slugs(String q) {
        return search.search(new SearchRequest(q, 1, 10, SearchRequest.Sort.RELEVANCE, Map.of())).hits().stream()
                .map(SearchResult.Hit::slug).toList();
    }

    @Test
    void aSolutionWithEveryWordRanksAboveOneWithFewerHoweverOftenItRepeatsThem() {
        assertThat(slugs("trener urząd gmina")).startsWith("dlugi", "krotki");
    }

    @Test
    void fromThreeWordsOnASolutionMissingOneStillCounts() {
        SearchResult r = search.search(new SearchRequest("mapa problemów urząd", 1, 10,
                SearchRequest.Sort.RELEVANCE, Map.of()));
        assertThat(r.hits()).extracting(SearchResult.Hit::slug).first().isEqualTo("inny");
    }

    @Test
    void withFewHitsTheListGoesOnWithSolutionsHavingSomeOfTheWords() {
        SearchResult r = search.search(new SearchRequest("mapa trener", 1, 10, SearchRequest.Sort.RELEVANCE,
                Map.of()));
        assertThat(r.relaxed()).isTrue();
        assertThat(r.hits()).extracting(SearchResult.Hit::slug).contains("inny", "krotki", "dlugi");
    }

    @Test
    void aPhraseAndAnExclusionKeepTheirMeaning() {
        assertThat(slugs("\"trener pracy\" gmina")).containsExactly("dlugi");
        assertThat(slugs("trener -gminie")).containsExactly("krotki");
    }

    @Test
    void derivationalRelativesMatchBelowTheWordItself() {
        assertThat(slugs("niepełnosprawnych")).containsExactly("niepelnosprawnosc");
        assertThat(slugs("niepelnosprawni")).containsExactly("niepelnosprawnosc");
        assertThat(slugs("przyłączanie")).containsExactly("przylaczenie");
    }
}
