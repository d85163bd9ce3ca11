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
import pl.innowacje.katalog.catalog.Vocabulary;
import pl.innowacje.katalog.files.TextUnit;

/** Search on an in-memory index of four hand-made solutions, with exact hits and exact facet counts. */
class SearchServiceTest {

    private SearchIndex index;
    private SearchService search;

    @BeforeEach
    void fourSolutions() throws Exception {
        Vocabularies vocabularies = mock(Vocabularies.class);
        when(vocabularies.label(any(), any(), any())).thenAnswer(a -> a.getArgument(1));
        index = SearchIndex.inMemory(Fields.Weights.standard(), vocabularies);
        SolutionSnapshot.BlockRef work = new SolutionSnapshot.BlockRef("praca", "Rynek pracy", "zatrudnienie",
                "Zatrudnienie");
        SolutionSnapshot.BlockRef ngo = new SolutionSnapshot.BlockRef("ngo", "Aktywne NGO", "rzadzenie",
                "Dobre rządzenie");
        SolutionSnapshot.FileRef handbook = new SolutionSnapshot.FileRef(10, "Podręcznik operatora",
                "podrecznik.pdf", "a".repeat(64), "application/pdf", 3);
        SolutionSnapshot.FileRef guide = new SolutionSnapshot.FileRef(11, "Poradnik konsultacji", "poradnik.docx",
                "b".repeat(64), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 0);
        List<SolutionSnapshot> all = List.of(
                solution(1, "express", "Express do zatrudnienia", "Aktywizacja osób długotrwale bezrobotnych przez operatora.",
                        Status.PUBLISHED, List.of(work), Map.of(Vocabulary.USER, List.of("PUP", "WUP")),
                        List.of(handbook), "2015-09-30T00:00:00Z"),
                solution(2, "sojusznicy", "Model współpracy z lokalnymi sojusznikami", "Młodzież NEET i lokalni sojusznicy.",
                        Status.PUBLISHED, List.of(work), Map.of(Vocabulary.USER, List.of("PUP")), List.of(),
                        "2018-03-01T00:00:00Z"),
                solution(3, "konsultacje", "Standard konsultacji społecznych", "Konsultacje z organizacjami pozarządowymi.",
                        Status.IN_DEVELOPMENT, List.of(ngo), Map.of(Vocabulary.USER, List.of("JST", "NGO")),
                        List.of(guide), "2025-01-01T00:00:00Z"),
                solution(4, "szkic", "Szkic o bezrobotnych", "Osoby długotrwale bezrobotne.", Status.DRAFT,
                        List.of(work), Map.of(), List.of(), null));
        Map<String, List<String>> pages = Map.of("a".repeat(64), List.of("Strona tytułowa.",
                "Operator kontaktuje się z uczestnikiem najpóźniej trzeciego dnia roboczego."),
                "b".repeat(64), List.of("Wstęp do konsultacji.", "Harmonogram spotkań z mieszkańcami.",
                        "Sprawozdanie z konsultacji publikuje się na stronie gminy."));
        index.replace(List.of(1L, 2L, 3L, 4L), all, pages);
        index.commit(4);
        search = new SearchService(index, block -> "ngo".equals(block) ? "rzadzenie" : "zatrudnienie");
    }

    @AfterEach
    void close() throws Exception {
        index.destroy();
    }

    private static SolutionSnapshot solution(long id, String slug, String title, String summary, Status status,
            List<SolutionSnapshot.BlockRef> blocks, Map<Vocabulary, List<String>> terms,
            List<SolutionSnapshot.FileRef> files, String published) {
        return new SolutionSnapshot(id, slug, title, null, summary, null, null, status, "POKL",
                published == null ? null : Instant.parse(published), Instant.now(), blocks, terms, List.of(), files);
    }

    private SearchResult find(String q, Map<String, List<String>> filters, SearchRequest.Sort sort) {
        return search.search(new SearchRequest(q, 1, 10, sort, filters));
    }

    private static List<String> slugs(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::slug).toList();
    }

    @Test
    void inflectedFormsMatchAndDraftsNeverDo() {
        assertThat(slugs(find("bezrobotny", Map.of(), SearchRequest.Sort.RELEVANCE))).containsExactly("express");
    }

    @Test
    void queriesWithoutDiacriticsMatchFoldedText() {
        assertThat(slugs(find("wspolpraca sojusznikow", Map.of(), SearchRequest.Sort.RELEVANCE)))
                .containsExactly("sojusznicy");
    }

    @Test
    void textFoundOnlyInAHandbookPointsAtItsPage() {
        SearchResult r = find("trzeciego dnia roboczego", Map.of(), SearchRequest.Sort.RELEVANCE);
        assertThat(slugs(r)).containsExactly("express");
        SearchResult.Snippet page = r.hits().get(0).snippets().stream().filter(s -> s.page() != null)
                .findFirst().orElseThrow();
        assertThat(page.page()).isEqualTo(2);
        assertThat(page.unit()).isEqualTo(TextUnit.PAGE);
        assertThat(page.fileId()).isEqualTo(10L);
        assertThat(page.text()).contains("<mark>trzeciego</mark> <mark>dnia</mark> <mark>roboczego</mark>");
    }

    @Test
    void textFoundInAFileWithoutPagesPointsAtItsSection() {
        SearchResult r = find("sprawozdanie publikuje gminy", Map.of(), SearchRequest.Sort.RELEVANCE);
        assertThat(slugs(r)).containsExactly("konsultacje");
        SearchResult.Snippet section = r.hits().get(0).snippets().stream().filter(s -> s.page() != null)
                .findFirst().orElseThrow();
        assertThat(section.fileId()).isEqualTo(11L);
        assertThat(section.page()).isEqualTo(3);
        assertThat(section.unit()).isEqualTo(TextUnit.SECTION);
        assertThat(section.fileTitle()).isEqualTo("Poradnik konsultacji");
    }

    @Test
    void facetsCountOnlyVisibleSolutionsAndDrillSideways() {
        SearchResult everything = find("", Map.of(), SearchRequest.Sort.RELEVANCE);
        assertThat(everything.total()).isEqualTo(3);
        assertThat(everything.facets().get("area")).containsExactlyInAnyOrder(
                new SearchResult.FacetValue("zatrudnienie", 2, null),
                new SearchResult.FacetValue("rzadzenie", 1, null));
        assertThat(everything.facets().get("user")).contains(new SearchResult.FacetValue("PUP", 2, null));

        SearchResult oneArea = find("", Map.of("area", List.of("rzadzenie")), SearchRequest.Sort.RELEVANCE);
        assertThat(slugs(oneArea)).containsExactly("konsultacje");
        // The chosen dimension keeps every value's count; the others count within the choice.
        assertThat(oneArea.facets().get("area")).isEqualTo(everything.facets().get("area"));
        assertThat(oneArea.facets().get("user")).containsExactlyInAnyOrder(
                new SearchResult.FacetValue("JST", 1, null), new SearchResult.FacetValue("NGO", 1, null));
        assertThat(oneArea.facets().get("block")).containsExactly(
                new SearchResult.FacetValue("ngo", 1, "rzadzenie"));
    }

    @Test
    void valuesOfOneFacetAreAlternatives() {
        SearchResult r = find("", Map.of("user", List.of("WUP", "JST")), SearchRequest.Sort.TITLE);
        assertThat(slugs(r)).containsExactly("express", "konsultacje");
    }

    @Test
    void blockFilterUsesTheAreaPath() {
        assertThat(slugs(find("", Map.of("block", List.of("ngo")), SearchRequest.Sort.RELEVANCE)))
                .containsExactly("konsultacje");
    }

    @Test
    void theYearFacetListsEveryYearOfThePeriodNewestFirstAndFilters() throws Exception {
        SolutionSnapshot.BlockRef work = new SolutionSnapshot.BlockRef("praca", "Rynek pracy", "zatrudnienie",
                "Zatrudnienie");
        SolutionSnapshot dated = new SolutionSnapshot(2, "sojusznicy", "Model współpracy z lokalnymi sojusznikami",
                null, "Młodzież NEET i lokalni sojusznicy.", null, null, Status.PUBLISHED, "POKL",
                Instant.parse("2018-03-01T00:00:00Z"), Instant.now(), List.of(work), Map.of(), List.of(), List.of(),
                2016, 2018);
        index.replace(List.of(2L), List.of(dated), Map.of());
        index.commit(5);
        SearchResult all = find("", Map.of(), SearchRequest.Sort.RELEVANCE);
        assertThat(all.facets().get("year")).extracting(SearchResult.FacetValue::value)
                .containsExactly("2018", "2017", "2016");
        assertThat(slugs(find("", Map.of("year", List.of("2017")), SearchRequest.Sort.RELEVANCE)))
                .containsExactly("sojusznicy");
    }

    @Test
    void sortsByNewestAndByPolishTitleOrder() {
        assertThat(slugs(find("", Map.of(), SearchRequest.Sort.NEWEST)))
                .containsExactly("konsultacje", "sojusznicy", "express");
        assertThat(slugs(find("", Map.of(), SearchRequest.Sort.TITLE)))
                .containsExactly("express", "sojusznicy", "konsultacje");
    }

    @Test
    void noWordInCommonFallsBackToAnyWordAndSuggestsASpelling() {
        SearchResult relaxed = find("bezrobotnych xyzzy", Map.of(), SearchRequest.Sort.RELEVANCE);
        assertThat(relaxed.relaxed()).isTrue();
        assertThat(slugs(relaxed)).containsExactly("express");
    }

    @Test
    void aMisspeltQueryWithNoHitsShowsTheCorrectedResultsUnlessAskedLiterally() {
        // A slip within the first seven letters: the word family (by prefix) does not reach the right word.
        SearchResult typo = find("konsaltacje", Map.of(), SearchRequest.Sort.RELEVANCE);
        assertThat(typo.corrected()).isTrue();
        assertThat(typo.suggestion()).isEqualTo("konsultacje");
        assertThat(slugs(typo)).containsExactly("konsultacje");
        SearchResult literal = search.search(new SearchRequest("konsaltacje", 1, 10, SearchRequest.Sort.RELEVANCE,
                Map.of(), true));
        assertThat(literal.total()).isZero();
        assertThat(literal.corrected()).isFalse();
        assertThat(literal.suggestion()).isEqualTo("konsultacje");
    }

    @Test
    void anExclusionIsNeverRelaxedIntoEverythingElse() {
        assertThat(find("bezrobotnych -operatora", Map.of(), SearchRequest.Sort.RELEVANCE).total()).isZero();
        assertThat(UserQuery.plainWords("osoby bezrobotne")).isTrue();
        assertThat(UserQuery.plainWords("kalkulator -strategia")).isFalse();
        assertThat(UserQuery.plainWords("\"plan działania\" gmina")).isFalse();
        assertThat(UserQuery.plainWords("pół-etatu 50+")).isTrue();
    }

    @Test
    void anyInputGivesAnAnswer() {
        for (String q : List.of("\"niezamkniety", "(((", "a:b AND", "-", "\u0000", "x".repeat(10_000), "* ? ~ ^")) {
            assertThat(find(q, Map.of(), SearchRequest.Sort.RELEVANCE)).isNotNull();
        }
    }

    @Test
    void aDownloadListsTheSearchsSolutionsInItsOrderFromTheFirstUpToItsLimit() {
        SearchRequest secondPage = new SearchRequest("", 2, 1, SearchRequest.Sort.NEWEST, Map.of());
        SearchService.Ids all = search.ids(secondPage, 100);
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.ids()).containsExactly(3L, 2L, 1L);
        SearchService.Ids two = search.ids(secondPage, 2);
        assertThat(two.total()).isEqualTo(3);
        assertThat(two.ids()).containsExactly(3L, 2L);
        SearchRequest filtered = new SearchRequest("bezrobotnych", 1, 10, SearchRequest.Sort.RELEVANCE,
                Map.of("user", List.of("PUP")));
        assertThat(search.ids(filtered, 100).ids()).containsExactlyElementsOf(find("bezrobotnych",
                Map.of("user", List.of("PUP")), SearchRequest.Sort.RELEVANCE).hits().stream()
                .map(SearchResult.Hit::id).toList());
    }
}
