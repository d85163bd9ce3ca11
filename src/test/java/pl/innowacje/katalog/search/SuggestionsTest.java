package pl.innowacje.katalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pl.innowacje.katalog.catalog.CatalogQueries;
import pl.innowacje.katalog.catalog.SolutionSnapshot;
import pl.innowacje.katalog.catalog.Status;
import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.catalog.Vocabulary;
import pl.innowacje.katalog.search.Suggestions.Kind;
import pl.innowacje.katalog.search.Suggestions.Suggestion;

/**
 * Autocomplete on an in-memory index of four hand-made solutions (one a draft), two blocks and a few vocabulary
 * terms, with the exact suggestions expected for each prefix.
 */
class SuggestionsTest {

    private static final Locale PL = Locale.forLanguageTag("pl");

    private SearchIndex index;
    private Vocabularies vocabularies;
    private CatalogQueries catalog;
    private Suggestions suggestions;
    private long change;

    private static final SolutionSnapshot ALLIES = solution(1, "sojusznicy",
            "Współpraca instytucji rynku pracy z lokalnymi sojusznikami", "Cooperation with local allies",
            "Doradcy spotykają młodzież w klubach sportowych.", Status.PUBLISHED,
            Map.of(Vocabulary.USER, List.of("PUP")));
    private static final SolutionSnapshot COACH = solution(2, "trener", "Zatrudnienie wspomagane z trenerem pracy",
            "Supported employment with a job coach", "Trener pracy wspiera osoby niepełnosprawne w zakładzie pracy.",
            Status.PUBLISHED, Map.of(Vocabulary.BENEFICIARY, List.of("NIEPELNOSPRAWNI"), Vocabulary.USER,
                    List.of("PUP")));
    private static final SolutionSnapshot CONSULTATION = solution(3, "konsultacje", "Standard konsultacji społecznych",
            null, "Gmina pyta mieszkańców o zdanie.", Status.IN_DEVELOPMENT, Map.of());
    private static final SolutionSnapshot DRAFT = solution(4, "szkic", "Współdziałanie gmin – szkic",
            null, "Wspólnotowość niepełnosprawnościowa.", Status.DRAFT,
            Map.of(Vocabulary.USER, List.of("OPS")));

    @BeforeEach
    void catalogue() throws Exception {
        vocabularies = mock(Vocabularies.class);
        when(vocabularies.label(any(), any(), any())).thenAnswer(a -> a.getArgument(1));
        when(vocabularies.terms(any())).thenReturn(List.of());
        when(vocabularies.terms(Vocabulary.USER)).thenReturn(List.of(
                term(Vocabulary.USER, "PUP", "Powiatowy urząd pracy", "County labour office"),
                term(Vocabulary.USER, "OPS", "Ośrodek pomocy społecznej", "Social welfare centre")));
        when(vocabularies.terms(Vocabulary.BENEFICIARY)).thenReturn(List.of(
                term(Vocabulary.BENEFICIARY, "NIEPELNOSPRAWNI", "Osoby z niepełnosprawnościami",
                        "People with disabilities")));
        catalog = mock(CatalogQueries.class);
        Map<String, String[]> titles = new LinkedHashMap<>();
        titles.put("zatrudnienie", new String[] {"Zatrudnienie i integracja społeczna", null});
        titles.put("wspolpraca", new String[] {"Współpraca instytucji", "Cooperation of institutions"});
        titles.put("niepelnosprawni", new String[] {"Osoby z niepełnosprawnościami", "People with disabilities"});
        when(catalog.structureTitles()).thenReturn(titles);
        when(catalog.blockAreas()).thenReturn(Map.of("wspolpraca", "zatrudnienie", "niepelnosprawni", "zatrudnienie"));

        index = SearchIndex.inMemory(Fields.Weights.standard(), vocabularies);
        apply(ALLIES, COACH, CONSULTATION, DRAFT);
        suggestions = new Suggestions(index, vocabularies, catalog);
    }

    @AfterEach
    void close() throws Exception {
        index.destroy();
    }

    private void apply(SolutionSnapshot... changed) throws Exception {
        List<SolutionSnapshot> all = List.of(changed);
        index.replace(all.stream().map(SolutionSnapshot::id).toList(), all, Map.of());
        index.commit(++change);
    }

    private static SolutionSnapshot solution(long id, String slug, String title, String titleEn, String summary,
            Status status, Map<Vocabulary, List<String>> terms) {
        return new SolutionSnapshot(id, slug, title, titleEn, summary, null, null, status, "POKL",
                status.isPublic() ? Instant.parse("2020-01-01T00:00:00Z") : null, Instant.now(), List.of(), terms,
                List.of(), List.of());
    }

    private static Vocabularies.Term term(Vocabulary v, String code, String pl, String en) {
        return new Vocabularies.Term(v, code, pl, en, null, null);
    }

    private List<Suggestion> suggest(String prefix) {
        return suggestions.suggest(prefix, PL);
    }

    private static List<Suggestion> of(List<Suggestion> all, Kind kind) {
        return all.stream().filter(s -> s.kind() == kind).toList();
    }

    @Test
    void aPrefixWithoutDiacriticsFindsTitlesBlocksAndWordsWithThem() {
        assertThat(suggest("wspol")).containsExactly(
                new Suggestion("Współpraca instytucji rynku pracy z lokalnymi sojusznikami", Kind.SOLUTION,
                        "/rozwiazania/sojusznicy"),
                new Suggestion("Współpraca instytucji", Kind.BLOCK, "/bloki/wspolpraca"),
                new Suggestion("współpraca", Kind.WORD, "/szukaj?q=wsp%C3%B3%C5%82praca"));
    }

    @Test
    void typedCaseAndDiacriticsDoNotMatter() {
        assertThat(suggest("WSPÓŁ")).isEqualTo(suggest("wspol"));
        assertThat(suggest("Współ")).isEqualTo(suggest("wspol"));
    }

    @Test
    void aMultiWordPrefixMatchesTheTitleFromItsStart() {
        assertThat(of(suggest("zatrudnienie wsp"), Kind.SOLUTION)).containsExactly(new Suggestion(
                "Zatrudnienie wspomagane z trenerem pracy", Kind.SOLUTION, "/rozwiazania/trener"));
        // Words inside a title, in any inflected form the index holds, match too.
        assertThat(of(suggest("trenerem"), Kind.SOLUTION)).extracting(Suggestion::url)
                .containsExactly("/rozwiazania/trener");
        assertThat(of(suggest("spoleczn"), Kind.SOLUTION)).extracting(Suggestion::url)
                .containsExactly("/rozwiazania/konsultacje");
    }

    @Test
    void aCompletedWordGoesWithTheWordsTypedBeforeIt() {
        // "współpraca" starts with "wsp" too, but no public solution has it together with "trener".
        assertThat(suggest("trener wsp")).containsExactly(
                new Suggestion("Zatrudnienie wspomagane z trenerem pracy", Kind.SOLUTION, "/rozwiazania/trener"),
                new Suggestion("trener wspiera", Kind.WORD, "/szukaj?q=trener+wspiera"),
                new Suggestion("trener wspomagane", Kind.WORD, "/szukaj?q=trener+wspomagane"));
    }

    @Test
    void termsLeadToTheSearchFilteredByThemAndAbbreviationsFindTheirTerm() {
        assertThat(suggest("niepeln")).containsExactly(
                new Suggestion("Osoby z niepełnosprawnościami", Kind.BLOCK, "/bloki/niepelnosprawni"),
                new Suggestion("Osoby z niepełnosprawnościami", Kind.TERM, "/szukaj?beneficiary=NIEPELNOSPRAWNI"),
                new Suggestion("niepełnosprawne", Kind.WORD, "/szukaj?q=niepe%C5%82nosprawne"));
        assertThat(suggest("pup")).containsExactly(
                new Suggestion("Powiatowy urząd pracy (PUP)", Kind.TERM, "/szukaj?user=PUP"));
    }

    @Test
    void englishAsksForEnglishTitlesAndLabels() {
        List<Suggestion> english = suggestions.suggest("coop", Locale.ENGLISH);
        assertThat(english).containsExactly(
                new Suggestion("Cooperation with local allies", Kind.SOLUTION, "/rozwiazania/sojusznicy"),
                new Suggestion("Cooperation of institutions", Kind.BLOCK, "/bloki/wspolpraca"),
                new Suggestion("cooperation", Kind.WORD, "/szukaj?q=cooperation"));
        assertThat(suggestions.suggest("powiatowy", Locale.ENGLISH)).containsExactly(
                new Suggestion("County labour office", Kind.TERM, "/szukaj?user=PUP"));
    }

    @Test
    void labelsMatchInTheReadersLanguage() {
        assertThat(suggest("people")).isEmpty();
        assertThat(suggestions.suggest("people", Locale.ENGLISH)).containsExactly(
                new Suggestion("People with disabilities", Kind.BLOCK, "/bloki/niepelnosprawni"),
                new Suggestion("People with disabilities", Kind.TERM, "/szukaj?beneficiary=NIEPELNOSPRAWNI"));
    }

    @Test
    void nothingOfADraftIsEverSuggested() {
        // The draft's title starts with "Współdziałanie"; its words and its term (OPS) are in no public solution.
        assertThat(suggest("wspoldzial")).isEmpty();
        assertThat(suggest("szkic")).isEmpty();
        assertThat(suggest("wspolnotow")).isEmpty();
        assertThat(suggest("osrodek")).isEmpty();
        assertThat(suggest("ops")).isEmpty();
    }

    @Test
    void withdrawingRemovesAndPublishingAddsAsTheIndexAppliesTheChange() throws Exception {
        apply(solution(1, "sojusznicy", ALLIES.title(), ALLIES.titleEn(), ALLIES.summary(), Status.WITHDRAWN,
                ALLIES.terms()));
        assertThat(of(suggest("wspol"), Kind.SOLUTION)).isEmpty();
        assertThat(of(suggest("sojusz"), Kind.SOLUTION)).isEmpty();

        apply(solution(4, "szkic", DRAFT.title(), null, DRAFT.summary(), Status.PUBLISHED, DRAFT.terms()));
        assertThat(of(suggest("wspol"), Kind.SOLUTION)).containsExactly(
                new Suggestion("Współdziałanie gmin – szkic", Kind.SOLUTION, "/rozwiazania/szkic"));
        assertThat(suggest("ops")).containsExactly(
                new Suggestion("Ośrodek pomocy społecznej (OPS)", Kind.TERM, "/szukaj?user=OPS"));
    }

    @Test
    void tooShortTooLongOrNoLettersAnswersNothing() {
        assertThat(suggest("w")).isEmpty();
        assertThat(suggest(" ś ")).isEmpty();
        assertThat(suggest("!!")).isEmpty();
        assertThat(suggest("")).isEmpty();
        assertThat(suggest(null)).isEmpty();
        assertThat(suggest("w".repeat(101))).isEmpty();
        assertThat(suggest("wspol" + " ".repeat(200))).isNotEmpty();
    }

    @Test
    void neverMoreThanTheLimitSolutionsFirst() throws Exception {
        Map<String, String[]> titles = new LinkedHashMap<>();
        when(vocabularies.terms(Vocabulary.FORM)).thenReturn(List.of(
                term(Vocabulary.FORM, "A", "Wsparcie A", null), term(Vocabulary.FORM, "B", "Wsparcie B", null),
                term(Vocabulary.FORM, "C", "Wsparcie C", null), term(Vocabulary.FORM, "D", "Wsparcie D", null)));
        for (String b : List.of("a", "b", "c")) {
            titles.put("wsparcie-" + b, new String[] {"Wsparcie " + b, null});
        }
        when(catalog.structureTitles()).thenReturn(titles);
        when(catalog.blockAreas()).thenReturn(Map.of("wsparcie-a", "x", "wsparcie-b", "x", "wsparcie-c", "x"));
        for (int i = 10; i < 30; i++) {
            apply(solution(i, "wsparcie-" + i, "Wsparcie rodzin numer " + i, null, "Wsparcie wspólnot.",
                    Status.PUBLISHED, Map.of(Vocabulary.FORM, List.of("A", "B", "C", "D"))));
        }
        List<Suggestion> many = suggest("wsparcie");
        assertThat(many).hasSize(Suggestions.LIMIT);
        assertThat(many).extracting(Suggestion::kind).containsExactly(Kind.SOLUTION, Kind.SOLUTION, Kind.SOLUTION,
                Kind.SOLUTION, Kind.SOLUTION, Kind.BLOCK, Kind.BLOCK, Kind.TERM, Kind.TERM, Kind.TERM);
        // Solutions in Polish title order, each whole title starting with the prefix.
        assertThat(of(many, Kind.SOLUTION)).extracting(Suggestion::text).containsExactly(
                "Wsparcie rodzin numer 10", "Wsparcie rodzin numer 11", "Wsparcie rodzin numer 12",
                "Wsparcie rodzin numer 13", "Wsparcie rodzin numer 14");
    }
}
