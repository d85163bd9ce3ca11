package pl.innowacje.katalog.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import pl.innowacje.katalog.JourneyTestSupport;
import pl.innowacje.katalog.publishing.Actor;
import pl.innowacje.katalog.search.IndexFollower;
import pl.innowacje.katalog.search.SearchRequest;
import pl.innowacje.katalog.search.SearchService;

/**
 * Packages into the shipped catalogue: a spreadsheet with good and bad rows (dry run, refused import, import once
 * fixed, re-import), a folder and a ZIP in the content format, and the importer's role deciding what is taken.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class PackageImportTest {

    static final Path DATA = JourneyTestSupport.tempDataDir("package-import");
    static final String BLOCK = "wspolpraca-instytucji-rynku-pracy-pomocy-i-integracji-spolecznej";
    static final Actor ADMIN = new Actor("administrator", true, false, List.of());

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("portal.data-dir", DATA::toString);
    }

    @Autowired
    PackageImport imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndexFollower index;

    @Autowired
    SearchService search;

    Path work;

    @BeforeEach
    void folder() throws IOException {
        work = Files.createTempDirectory(DATA, "package-");
    }

    static final String HEADER = "slug;title;summary;status;block;problems;users;forms;regions;period_from;"
            + "verification_result;verification_date;verification_by;results;files\n";

    static String row(String slug, String title, String block) {
        return slug + ";" + title + ";Krótkie streszczenie.;PUBLISHED;" + block
                + ";Długotrwałe bezrobocie; PUP; Model;12;2019-01-01;POSITIVE;2020-05-01;Instytut Badań"
                + ";Osoby objęte wsparciem | 120 | osób;poradnik.txt | Poradnik wdrożenia | HANDBOOK\n";
    }

    @Test
    void aSpreadsheetIsCheckedRowByRowRefusedWholeWhileARowIsBadAndImportedOnceFixed() throws Exception {
        Files.writeString(work.resolve("poradnik.txt"), "Poradnik wdrożenia modelu pracy z osobami długotrwale "
                + "bezrobotnymi w powiatowym urzędzie pracy.\n", StandardCharsets.UTF_8);
        Path sheet = work.resolve("rozwiazania.csv");
        Files.writeString(sheet, HEADER + row("arkuszowy-model-aktywizacji", "Arkuszowy model aktywizacji", BLOCK)
                + row("drugi-arkuszowy-model", "Drugi arkuszowy model", BLOCK)
                + row("zly-wiersz", "Zły wiersz", "nie-ma-takiego-bloku"), StandardCharsets.UTF_8);
        CatalogueState before = CatalogueState.of(jdbc);

        LoadReport dry = imports.run(sheet, "rozwiazania.csv", ADMIN, true);
        assertThat(dry.rows()).extracting(LoadReport.Row::where, LoadReport.Row::slug, LoadReport.Row::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("rozwiazania.csv:2", "arkuszowy-model-aktywizacji",
                                LoadReport.Outcome.CREATED),
                        org.assertj.core.groups.Tuple.tuple("rozwiazania.csv:3", "drugi-arkuszowy-model",
                                LoadReport.Outcome.CREATED),
                        org.assertj.core.groups.Tuple.tuple("rozwiazania.csv:4", "zly-wiersz",
                                LoadReport.Outcome.REJECTED));
        LoadReport.Row bad = dry.rows().get(2);
        assertThat(dry.reason(bad, Locale.ENGLISH)).isEqualTo("There is no block “nie-ma-takiego-bloku”.");
        assertThat(dry.reason(bad, Locale.forLanguageTag("pl"))).isEqualTo("Nie ma bloku „nie-ma-takiego-bloku”.");
        assertThat(CatalogueState.of(jdbc)).as("a dry run changes nothing").isEqualTo(before);

        LoadReport refused = imports.run(sheet, "rozwiazania.csv", ADMIN, false);
        assertThat(refused.failed()).isTrue();
        assertThat(refused.text(refused.failure(), Locale.ENGLISH)).startsWith("1 record was rejected");
        assertThat(CatalogueState.of(jdbc)).as("a package with a rejected row changes nothing").isEqualTo(before);

        Files.writeString(sheet, HEADER + row("arkuszowy-model-aktywizacji", "Arkuszowy model aktywizacji", BLOCK)
                + row("drugi-arkuszowy-model", "Drugi arkuszowy model", BLOCK), StandardCharsets.UTF_8);
        LoadReport imported = imports.run(sheet, "rozwiazania.csv", ADMIN, false);
        assertThat(imported.failed()).isFalse();
        assertThat(imported.created()).isEqualTo(2);
        Map<String, Object> stored = jdbc.sql("""
                SELECT s.status, s.verified_by, p.text FROM solution s
                JOIN solution_file f ON f.solution_id = s.id JOIN blob_page p ON p.sha256 = f.sha256
                WHERE s.slug = 'arkuszowy-model-aktywizacji'""").query().singleRow();
        assertThat(stored).containsEntry("status", "PUBLISHED").containsEntry("verified_by", "Instytut Badań");
        assertThat((String) stored.get("text")).contains("długotrwale bezrobotnymi");
        assertThat(jdbc.sql("""
                SELECT t.code FROM solution_term t JOIN solution s ON s.id = t.solution_id
                WHERE s.slug = 'arkuszowy-model-aktywizacji' ORDER BY t.code""").query(String.class).list())
                .containsExactly("12", "DLUGOTRWALE_BEZROBOCIE", "MODEL", "PUP");
        assertThat(jdbc.sql("""
                SELECT r.changed_by || ' / ' || r.note FROM revision r JOIN solution s ON s.id = r.entity_id
                WHERE r.entity = 'SOLUTION' AND s.slug = 'arkuszowy-model-aktywizacji'""").query(String.class)
                .list()).containsExactly("administrator / import: rozwiazania.csv");
        index.catchUp();
        assertThat(search.search(new SearchRequest("arkuszowy model aktywizacji", 1, 10,
                SearchRequest.Sort.RELEVANCE, Map.of())).hits()).extracting(h -> h.slug())
                .contains("arkuszowy-model-aktywizacji");

        LoadReport again = imports.run(sheet, "rozwiazania.csv", ADMIN, false);
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.created() + again.updated() + again.rejected()).isZero();
    }

    @Test
    void anEditorsImportMakesDraftsAndCannotTouchPublishedSolutionsOrTheStructure() throws Exception {
        Actor editor = new Actor("redaktorka", false, false, List.of());
        Files.writeString(work.resolve("poradnik.txt"), "Poradnik.\n", StandardCharsets.UTF_8);
        Path sheet = work.resolve("szkice.csv");
        Files.writeString(sheet, HEADER + row("szkic-z-arkusza", "Szkic z arkusza", BLOCK)
                + row("mapa-problemow-spolecznych", "Nadpisana mapa", BLOCK), StandardCharsets.UTF_8);

        LoadReport report = imports.run(sheet, "szkice.csv", editor, true);
        assertThat(report.rows()).extracting(LoadReport.Row::slug, LoadReport.Row::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("szkic-z-arkusza", LoadReport.Outcome.CREATED),
                org.assertj.core.groups.Tuple.tuple("mapa-problemow-spolecznych", LoadReport.Outcome.REJECTED));
        assertThat(report.text(report.rows().get(0).note(), Locale.ENGLISH)).startsWith("saved as a draft");

        Files.writeString(sheet, HEADER + row("szkic-z-arkusza", "Szkic z arkusza", BLOCK), StandardCharsets.UTF_8);
        assertThat(imports.run(sheet, "szkice.csv", editor, false).failed()).isFalse();
        assertThat(jdbc.sql("SELECT status FROM solution WHERE slug = 'szkic-z-arkusza'").query(String.class)
                .single()).isEqualTo("DRAFT");

        Path folder = ContentPackages.folderPackage(work.resolve("paczka"));
        LoadReport structure = imports.run(folder, "paczka", editor, true);
        assertThat(structure.rows()).filteredOn(r -> !r.kind().equals("solution"))
                .allMatch(r -> r.outcome() == LoadReport.Outcome.REJECTED
                        && r.reason().key().equals("import.problem.adminOnly"));
    }

    @Test
    void aFolderAndAZipInTheContentFormatImportAndAgainChangeNothing() throws Exception {
        Path folder = ContentPackages.folderPackage(work.resolve("paczka"));
        LoadReport fromFolder = imports.run(folder, "paczka", ADMIN, false);
        assertThat(fromFolder.failed()).as(String.valueOf(fromFolder.rejections())).isFalse();
        assertThat(fromFolder.rows()).extracting(LoadReport.Row::kind, LoadReport.Row::slug, LoadReport.Row::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("organisation", "fundacja-z-paczki",
                                LoadReport.Outcome.CREATED),
                        org.assertj.core.groups.Tuple.tuple("area", "obszar-z-paczki", LoadReport.Outcome.CREATED),
                        org.assertj.core.groups.Tuple.tuple("block", "blok-z-paczki", LoadReport.Outcome.CREATED),
                        org.assertj.core.groups.Tuple.tuple("solution", "rozwiazanie-z-paczki",
                                LoadReport.Outcome.CREATED));

        Path zip = ContentPackages.zip(folder, work.resolve("paczka.zip"));
        LoadReport fromZip = imports.run(zip, "paczka.zip", ADMIN, false);
        assertThat(fromZip.failed()).isFalse();
        assertThat(fromZip.rows()).allMatch(r -> r.outcome() == LoadReport.Outcome.UNCHANGED).hasSize(4);
        assertThat(Files.list(DATA.resolve("incoming")).filter(p -> p.getFileName().toString()
                .startsWith("import-"))).as("the unpacked copy is removed").isEmpty();
    }

    /** What an import may change, to compare before and after. */
    record CatalogueState(List<String> solutions, long revisions, long changes, long blobs, long files,
            List<String> storedFiles) {

        static CatalogueState of(JdbcClient jdbc) throws IOException {
            return new CatalogueState(
                    jdbc.sql("SELECT slug || ' ' || status || ' ' || updated_at FROM solution ORDER BY slug")
                            .query(String.class).list(),
                    jdbc.sql("SELECT COUNT(*) FROM revision").query(Long.class).single(),
                    jdbc.sql("SELECT COUNT(*) FROM change_log").query(Long.class).single(),
                    jdbc.sql("SELECT COUNT(*) FROM stored_blob").query(Long.class).single(),
                    jdbc.sql("SELECT COUNT(*) FROM solution_file").query(Long.class).single(),
                    ContentPackages.storedFiles(DATA.resolve("files")));
        }
    }

    static Charset windows1250() {
        return Charset.forName("windows-1250");
    }
}
