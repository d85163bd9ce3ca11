package pl.innowacje.katalog.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import pl.innowacje.katalog.JourneyTestSupport;
import pl.innowacje.katalog.catalog.CatalogQueries;
import pl.innowacje.katalog.catalog.Inputs;
import pl.innowacje.katalog.catalog.SolutionWriter;
import pl.innowacje.katalog.catalog.SynonymGroup;
import pl.innowacje.katalog.catalog.Thesaurus;
import pl.innowacje.katalog.catalog.ThesaurusWriter;
import pl.innowacje.katalog.catalog.Views;
import pl.innowacje.katalog.search.IndexFollower;
import pl.innowacje.katalog.search.SearchRequest;
import pl.innowacje.katalog.search.SearchService;

/** Loading a content folder: idempotent, edits update, bad records are rejected with a reason, the rest goes on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "portal.content.load-on-start=false")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContentLoadingTest {

    static final Path DATA = JourneyTestSupport.tempDataDir("loading");

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("portal.data-dir", DATA::toString);
    }

    @Autowired
    ContentLoader loader;

    @Autowired
    CatalogQueries catalog;

    @Autowired
    IndexFollower index;

    @Autowired
    SearchService search;

    @Autowired
    SolutionWriter writer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Thesaurus thesaurus;

    @Autowired
    ThesaurusWriter thesaurusWriter;

    private static Path copyOfContent() throws IOException {
        Path target = Files.createTempDirectory(DATA, "content-");
        Path source = Path.of("content");
        try (Stream<Path> all = Files.walk(source)) {
            for (Path p : all.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }

    private List<String> found(String q) {
        return search.search(new SearchRequest(q, 1, 10, SearchRequest.Sort.RELEVANCE, Map.of())).hits().stream()
                .map(h -> h.slug()).toList();
    }

    @Test
    @Order(1)
    void aSecondLoadChangesNothingAndAnEditedFileUpdatesItsRecordAndTheIndex() throws Exception {
        Path content = copyOfContent();
        // Runs first, on an empty catalogue: every solution is new.
        LoadReport first = loader.load(content);
        assertThat(first.rejections()).isEmpty();
        assertThat(first.rows()).filteredOn(r -> r.kind().equals("solution"))
                .allMatch(r -> r.outcome() == LoadReport.Outcome.CREATED).hasSize(21);
        assertThat(first.filesRead()).isEqualTo(11);

        LoadReport second = loader.load(content);
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isZero();

        Path express = content.resolve("zatrudnienie-i-integracja-spoleczna/"
                + "wspolpraca-instytucji-rynku-pracy-pomocy-i-integracji-spolecznej/express-do-zatrudnienia/solution.md");
        String text = Files.readString(express, StandardCharsets.UTF_8);
        Files.writeString(express, text.replace("title: \"Express do zatrudnienia\"",
                "title: \"Express do zatrudnienia – wydanie poprawione\""), StandardCharsets.UTF_8);
        LoadReport third = loader.load(content);
        assertThat(third.updated()).isEqualTo(1);
        assertThat(third.created()).isZero();
        assertThat(catalog.solution("express-do-zatrudnienia").orElseThrow().title())
                .isEqualTo("Express do zatrudnienia – wydanie poprawione");
        index.catchUp();
        assertThat(found("wydanie poprawione")).containsExactly("express-do-zatrudnienia");
    }

    @Test
    @Order(2)
    void aBadRecordIsRejectedWithItsReasonAndABrokenHandbookStillLoadsAndDownloads() throws Exception {
        Path content = copyOfContent();
        Path block = content.resolve("dobre-rzadzenie/aktywne-ngo-sprawne-panstwo");
        Path bad = Files.createDirectories(block.resolve("zly-rekord"));
        Files.writeString(bad.resolve("solution.md"), """
                ---
                title: "Rekord z nieznanym kodem"
                status: PUBLISHED
                problems: [NIE_MA_TAKIEGO_KODU]
                verification: {result: POSITIVE, date: 2020-01-01, by: "test"}
                ---
                Opis.
                """);
        Path broken = Files.createDirectories(block.resolve("uszkodzony-podrecznik"));
        byte[] pdf = Files.readAllBytes(Path.of("content/zatrudnienie-i-integracja-spoleczna/"
                + "wspolpraca-instytucji-rynku-pracy-pomocy-i-integracji-spolecznej/mapa-problemow-spolecznych/"
                + "instrukcja-mapy-problemow.pdf"));
        Files.write(broken.resolve("uszkodzony.pdf"), Arrays.copyOf(pdf, 600));
        Files.writeString(broken.resolve("solution.md"), """
                ---
                title: "Rozwiązanie z uszkodzonym podręcznikiem"
                status: PUBLISHED
                verification: {result: POSITIVE, date: 2020-01-01, by: "test"}
                files:
                  - {path: uszkodzony.pdf, title: "Uszkodzony podręcznik", kind: HANDBOOK}
                ---
                Opis rozwiązania z plikiem, którego nie da się odczytać.
                """);

        LoadReport report = loader.load(content);
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.path()).contains("zly-rekord");
            assertThat(r.reason()).contains("NIE_MA_TAKIEGO_KODU");
        });
        assertThat(catalog.solution("zly-rekord")).isEmpty();
        Views.SolutionPage page = catalog.solution("uszkodzony-podrecznik").orElseThrow();
        Views.FileItem file = page.files().get(0);
        assertThat(file.extractionStatus()).isIn("FAILED", "EMPTY");
        assertThat(catalog.download(file.id())).isPresent();
        assertThat(catalog.solution("express-do-zatrudnienia")).isPresent();
    }

    @Test
    @Order(3)
    void aChangedFileNeverOverwritesWhatStaffChangedInTheCatalogue() throws Exception {
        Path content = copyOfContent();
        loader.load(content);
        long id = jdbc.sql("SELECT id FROM solution WHERE slug = 'mapa-problemow-spolecznych'").query(Long.class)
                .single();
        writer.edit(id, "koordynatorka", "poprawka w panelu", -1, s -> new Inputs.Solution(s.slug(),
                "Mapa problemów – wersja z panelu", s.titleEn(), s.summary(), s.summaryEn(), s.goal(), s.description(),
                s.status(),
                s.programmeCode(), s.projectSlug(), s.primaryBlockSlug(), s.extraBlockSlugs(), s.groupCode(),
                s.periodFrom(), s.periodTo(), s.language(), s.licence(), s.keywords(), s.contact(), s.verification(),
                s.terms(), s.partnerSlugs(), s.results(), s.components(), s.relatedSlugs(), s.files(),
                s.sourceHash()));
        Path file = content.resolve("zatrudnienie-i-integracja-spoleczna/"
                + "wspolpraca-instytucji-rynku-pracy-pomocy-i-integracji-spolecznej/mapa-problemow-spolecznych/"
                + "solution.md");
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace("summary: \"",
                "summary: \"Zmienione w pliku. "), StandardCharsets.UTF_8);

        LoadReport report = loader.load(content);
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.path()).contains("mapa-problemow-spolecznych");
            assertThat(r.reason()).contains("changed in the staff area");
        });
        assertThat(catalog.solution("mapa-problemow-spolecznych").orElseThrow().title())
                .isEqualTo("Mapa problemów – wersja z panelu");
    }

    private SynonymGroup group(String code) {
        return thesaurus.groups().stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow();
    }

    private SynonymGroup groupWith(String term) {
        return thesaurus.groups().stream().filter(g -> g.terms().contains(term)).findFirst().orElseThrow();
    }

    private List<Long> thesaurusChangesAfter(long id) {
        return jdbc.sql("SELECT entity_id FROM change_log WHERE entity = 'THESAURUS' AND id > ? ORDER BY id")
                .param(id).query(Long.class).list();
    }

    private long lastChange() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM change_log").query(Long.class).single();
    }

    @Test
    @Order(4)
    void theThesaurusShipsEveryRequiredAbbreviationWithWhatItStandsFor() throws Exception {
        loader.load(copyOfContent());
        Map<String, String> expansions = new java.util.LinkedHashMap<>();
        expansions.put("PUP", "powiatowy urząd pracy");
        expansions.put("WUP", "wojewódzki urząd pracy");
        expansions.put("OPS", "ośrodek pomocy społecznej");
        expansions.put("MOPS", "miejski ośrodek pomocy społecznej");
        expansions.put("MOPR", "miejski ośrodek pomocy rodzinie");
        expansions.put("GOPS", "gminny ośrodek pomocy społecznej");
        expansions.put("PCPR", "powiatowe centrum pomocy rodzinie");
        expansions.put("ROPS", "regionalny ośrodek polityki społecznej");
        expansions.put("CIS", "centrum integracji społecznej");
        expansions.put("KIS", "klub integracji społecznej");
        expansions.put("ZAZ", "zakład aktywności zawodowej");
        expansions.put("WTZ", "warsztat terapii zajęciowej");
        expansions.put("PES", "podmiot ekonomii społecznej");
        expansions.put("OWES", "ośrodek wsparcia ekonomii społecznej");
        expansions.put("NGO", "organizacja pozarządowa");
        expansions.put("JST", "jednostka samorządu terytorialnego");
        expansions.put("OHP", "Ochotnicze Hufce Pracy");
        expansions.put("NEET", "młodzież niepracująca i nieucząca się");
        expansions.put("KIW", "Krajowa Instytucja Wspomagająca");
        expansions.put("PO KL", "Program Operacyjny Kapitał Ludzki");
        expansions.put("EFS", "Europejski Fundusz Społeczny");
        expansions.put("POWER", "Program Operacyjny Wiedza Edukacja Rozwój");
        expansions.put("PO WER", "Program Operacyjny Wiedza Edukacja Rozwój");
        expansions.put("FERS", "Fundusze Europejskie dla Rozwoju Społecznego");
        expansions.put("EQUAL", "Inicjatywa Wspólnotowa EQUAL");
        expansions.forEach((abbreviation, full) -> assertThat(groupWith(abbreviation).terms()).as(abbreviation)
                .contains(full));
        // Whoever types MOPS wants what social-welfare centres use, whatever the centre is called locally.
        assertThat(groupWith("MOPS")).isSameAs(groupWith("OPS")).isSameAs(groupWith("GOPS"))
                .isSameAs(groupWith("MOPR"));
        assertThat(groupWith("osoby niepełnosprawne").terms()).contains("osoby z niepełnosprawnościami");
        assertThat(groupWith("50 plus").terms()).contains("osoby 50+");
    }

    @Test
    @Order(5)
    void aSecondLoadLeavesTheThesaurusAloneAndAnEditedFileWinsOverStaffEditsAsVocabularyLabelsDo() throws Exception {
        Path content = copyOfContent();
        loader.load(content);
        long start = lastChange();
        List<SynonymGroup> loaded = thesaurus.groups();
        LoadReport again = loader.load(content);
        assertThat(again.rejections()).isEmpty();
        assertThat(again.updated()).isZero();
        assertThat(thesaurusChangesAfter(start)).isEmpty();
        assertThat(thesaurus.groups()).isEqualTo(loaded);

        // Staff work: a group of their own, an edit of a group from the file and a deletion of one.
        long own = thesaurusWriter.add("SPOLDZIELNIA_SOCJALNA", List.of("spółdzielnia socjalna",
                "spółdzielczość socjalna"));
        SynonymGroup wup = group("WUP");
        thesaurusWriter.edit(wup.id(), wup.terms(), List.of("WUP", "wojewódzki urząd pracy", "urząd wojewódzki"));
        SynonymGroup kis = group("KIS");
        thesaurusWriter.delete(kis.id());
        assertThat(thesaurusChangesAfter(start)).containsExactly(own, wup.id(), kis.id());
        long staffDone = lastChange();

        // The file moves "urząd pracy" from PUP to WUP and brings two bad groups.
        Path file = content.resolve("thesaurus.yml");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        text = text.replace("    - \"powiatowy urząd pracy\"\n    - \"urząd pracy\"\n",
                "    - \"powiatowy urząd pracy\"\n");
        text = text.replace("    - \"wojewódzki urząd pracy\"\n",
                "    - \"wojewódzki urząd pracy\"\n    - \"urząd pracy\"\n");
        text += """
                - code: JEDEN_TERMIN
                  terms: ["samotny termin"]
                - code: CUDZY_TERMIN
                  terms: ["nowy termin", "Miejski Ośrodek Pomocy Spolecznej"]
                """;
        Files.writeString(file, text, StandardCharsets.UTF_8);
        LoadReport edited = loader.load(content);

        assertThat(edited.rejections()).extracting(LoadReport.Rejection::path, LoadReport.Rejection::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("thesaurus.yml › JEDEN_TERMIN",
                                "A group needs at least two terms, one per line."),
                        org.assertj.core.groups.Tuple.tuple("thesaurus.yml › CUDZY_TERMIN",
                                "The term “Miejski Ośrodek Pomocy Spolecznej” already belongs to the group OPS. "
                                        + "A term may belong to one group only."));
        assertThat(group("PUP").terms()).containsExactly("PUP", "powiatowy urząd pracy");
        assertThat(group("WUP").terms()).containsExactly("WUP", "wojewódzki urząd pracy", "urząd pracy");
        assertThat(group("KIS").terms()).containsExactly("KIS", "klub integracji społecznej");
        assertThat(group("SPOLDZIELNIA_SOCJALNA").terms()).containsExactly("spółdzielnia socjalna",
                "spółdzielczość socjalna");
        assertThat(thesaurus.groups().stream().map(SynonymGroup::code)).doesNotContain("JEDEN_TERMIN",
                "CUDZY_TERMIN");
        // One change-log entry per group the load changed: PUP, WUP (back to the file, plus the moved term), KIS.
        assertThat(thesaurusChangesAfter(staffDone)).containsExactlyInAnyOrder(group("PUP").id(), wup.id(),
                group("KIS").id());
        assertThat(edited.updated()).isEqualTo(3);

        LoadReport settled = loader.load(content);
        assertThat(settled.updated()).isZero();
        assertThat(settled.rejections()).hasSize(2);
    }
}
