package pl.innowacje.katalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import pl.innowacje.katalog.admin.Role;
import pl.innowacje.katalog.admin.StaffAccounts;
import pl.innowacje.katalog.files.Fixtures;
import pl.innowacje.katalog.search.IndexFollower;

/**
 * The staff editors through HTTP: who may change what, a save that would overwrite someone's work, uploads that are
 * refused (and leave nothing behind) or kept with their reason, file operations that keep download addresses, the
 * description preview, block cards and vocabulary labels. Uploads are limited to 2 MB here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.upload.max-size=2MB")
class StaffEditingTest {

    private static final String BLOCK = "wspolpraca-instytucji-rynku-pracy-pomocy-i-integracji-spolecznej";
    private static final String OTHER_BLOCK = "aktywne-ngo-sprawne-panstwo";
    private static String dataDir;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        dataDir = JourneyTestSupport.tempDataDir("editing").toString();
        registry.add("portal.data-dir", () -> dataDir);
    }

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndexFollower index;

    private StaffBrowser loggedIn(String username, Role role, String... blocks) throws Exception {
        StaffAccounts.Account account = accounts.create(username, username, "haslo-" + username + "-1", role);
        accounts.assignBlocks(account.id(), List.of(blocks));
        StaffBrowser browser = new StaffBrowser(port);
        browser.login(username, "haslo-" + username + "-1");
        return browser;
    }

    private long draft(StaffBrowser who, String title) throws Exception {
        HttpResponse<String> created = who.form("/admin/rozwiazania/nowe", "form#edytor").set("title", title)
                .set("primaryBlock", BLOCK).submit();
        assertThat(created.statusCode()).isEqualTo(302);
        who.follow(created);
        return Long.parseLong(StaffBrowser.location(created).replaceAll(".*/", ""));
    }

    private HttpResponse<String> upload(StaffBrowser who, long id, Path file, String name) throws Exception {
        String page = "/admin/rozwiazania/" + id;
        HttpResponse<String> response = who.upload(page + "/pliki", Map.of("_csrf", who.csrf(page), "tytul", name,
                "rodzaj", "HANDBOOK"), "plik", file, name, Map.of());
        return response.statusCode() == 303 ? who.follow(response) : response;
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private long storedFiles() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of(dataDir, "files"))) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private void portalStillAnswers() throws Exception {
        assertThat(JourneyTestSupport.get(port, "/api/search?q=pomoc").statusCode()).isEqualTo(200);
    }

    @Test
    void editorsChangeTheirOwnDraftsAndCoordinatorsTheirBlocks() throws Exception {
        StaffBrowser author = loggedIn("autorka", Role.EDITOR);
        StaffBrowser otherEditor = loggedIn("inny-redaktor", Role.EDITOR);
        StaffBrowser otherCoordinator = loggedIn("koordynator-obcy", Role.COORDINATOR, OTHER_BLOCK);
        StaffBrowser coordinator = loggedIn("koordynator-bloku", Role.COORDINATOR, BLOCK);
        long id = draft(author, "Szkic autorki");
        String edit = "/admin/rozwiazania/" + id + "/edycja";

        for (StaffBrowser stranger : List.of(otherEditor, otherCoordinator)) {
            assertThat(stranger.follow(stranger.get(edit)).body()).contains("Nie możesz zmieniać tego rozwiązania");
            String token = stranger.csrf("/admin");
            HttpResponse<String> forged = stranger.post(edit, Map.of("_csrf", token, "title", "Przejęte",
                    "primaryBlock", BLOCK, "revision", "99999"));
            assertThat(forged.body()).contains("Nie możesz zmieniać tego rozwiązania");
        }
        assertThat(jdbc.sql("SELECT title FROM solution WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("Szkic autorki");
        assertThat(coordinator.form(edit, "form#edytor").set("title", "Poprawione przez koordynatora").submit()
                .statusCode()).isEqualTo(302);
        assertThat(author.form(edit, "form#edytor").set("title", "Poprawione przez autorkę").submit()
                .statusCode()).isEqualTo(302);
        // A row no page offers (an index far out of reach) is a bad request, not a server error.
        HttpResponse<String> forged = author.form(edit, "form#edytor").set("results[5000].label", "x").submit();
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("Nieprawidłowe zapytanie");
    }

    @Test
    void aPublishedSolutionGoesOnlyIntoBlocksItsEditorCoordinates() throws Exception {
        StaffBrowser coordinator = loggedIn("koordynator-jednego-bloku", Role.COORDINATOR, BLOCK);
        long id = jdbc.sql("SELECT id FROM solution WHERE slug = 'model-wspolpracy-z-lokalnymi-sojusznikami'")
                .query(Long.class).single();
        String edit = "/admin/rozwiazania/" + id + "/edycja";
        long blocks = count("SELECT COUNT(*) FROM solution_block WHERE solution_id = ?", id);
        StaffBrowser.Form form = coordinator.form(edit, "form#edytor");
        List<String> chosen = new java.util.ArrayList<>(form.all("blocks"));
        chosen.add(OTHER_BLOCK);
        HttpResponse<String> refused = form.set("blocks", chosen.toArray(String[]::new)).submit();
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("tylko do bloków, które koordynujesz");
        assertThat(count("SELECT COUNT(*) FROM solution_block WHERE solution_id = ?", id)).isEqualTo(blocks);
    }

    @Test
    void aSaveStartedFromAnOlderVersionIsRefusedAndOverwritesNothing() throws Exception {
        StaffBrowser author = loggedIn("autor-konfliktu", Role.EDITOR);
        StaffBrowser coordinator = loggedIn("koordynator-konfliktu", Role.COORDINATOR, BLOCK);
        long id = draft(author, "Wersja pierwsza");
        String edit = "/admin/rozwiazania/" + id + "/edycja";
        StaffBrowser.Form mine = author.form(edit, "form#edytor");
        StaffBrowser.Form theirs = coordinator.form(edit, "form#edytor");
        assertThat(theirs.set("title", "Wersja koordynatora").submit().statusCode()).isEqualTo(302);
        HttpResponse<String> late = mine.set("title", "Wersja autora").submit();
        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(late.body()).contains("Ktoś inny zapisał zmiany", "Wersja autora");
        assertThat(jdbc.sql("SELECT title FROM solution WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("Wersja koordynatora");
        // The refused form comes back with the author's version on top of the newest: saving it now is deliberate.
        String again = org.jsoup.Jsoup.parse(late.body()).select("input[name=revision]").attr("value");
        HttpResponse<String> deliberate = author.post(edit, Map.of("_csrf", author.csrf("/admin"), "title",
                "Wersja autora", "primaryBlock", BLOCK, "revision", again));
        assertThat(deliberate.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT title FROM solution WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("Wersja autora");
        // A change of files alone (not in the form) does not stop a save started before it.
        StaffBrowser.Form before = coordinator.form(edit, "form#edytor");
        upload(author, id, Fixtures.polishPdf(Files.createTempFile("plik", ".pdf"), List.of("Plik w trakcie")),
                "w-trakcie.pdf");
        assertThat(before.set("summary", "Streszczenie po dodaniu pliku").submit().statusCode()).isEqualTo(302);
        // Saving the form unchanged writes no new version.
        long versions = count("SELECT COUNT(*) FROM revision WHERE entity = 'SOLUTION' AND entity_id = ?", id);
        assertThat(coordinator.form(edit, "form#edytor").submit().statusCode()).isEqualTo(302);
        assertThat(count("SELECT COUNT(*) FROM revision WHERE entity = 'SOLUTION' AND entity_id = ?", id))
                .isEqualTo(versions);
    }

    @Test
    void hostileAndWrongUploadsAreRefusedWithAMessageAndLeaveNothingBehind(@TempDir Path dir) throws Exception {
        StaffBrowser editor = loggedIn("redaktor-plikow", Role.EDITOR);
        long id = draft(editor, "Rozwiązanie z plikami");
        long blobs = count("SELECT COUNT(*) FROM stored_blob");
        long stored = storedFiles();

        assertThat(upload(editor, id, Fixtures.executableNamedPdf(dir), "podrecznik.pdf").body())
                .contains("nie jest dokumentem", "application/x-");
        assertThat(upload(editor, id, Fixtures.zipBombDocx(dir), "raport.docx").body())
                .contains("bomba ZIP", "Nic nie zapisano");
        assertThat(upload(editor, id, Files.write(dir.resolve("pusty.pdf"), new byte[0]), "pusty.pdf").body())
                .contains("plik jest pusty");
        Path tooLarge = Files.write(dir.resolve("duzy.pdf"), new byte[3 * 1024 * 1024]);
        String page = "/admin/rozwiazania/" + id;
        HttpResponse<String> over = editor.upload(page + "/pliki", Map.of("_csrf", editor.csrf(page)), "plik",
                tooLarge, "duzy.pdf", Map.of());
        assertThat(over.statusCode()).isEqualTo(413);
        assertThat(over.body()).contains("Plik jest za duży", "Największy dopuszczalny rozmiar pliku to 2 MB");

        assertThat(count("SELECT COUNT(*) FROM stored_blob")).isEqualTo(blobs);
        assertThat(count("SELECT COUNT(*) FROM solution_file WHERE solution_id = ?", id)).isZero();
        assertThat(storedFiles()).isEqualTo(stored);
        assertThat(Files.list(Path.of(dataDir, "incoming")).count()).isZero();
        portalStillAnswers();
    }

    @Test
    void brokenAndLockedDocumentsAreKeptWithTheirReasonAndStillDownload(@TempDir Path dir) throws Exception {
        StaffBrowser editor = loggedIn("redaktor-zepsutych", Role.EDITOR);
        long id = draft(editor, "Rozwiązanie z uszkodzonymi plikami");
        assertThat(upload(editor, id, Fixtures.encryptedPdf(dir), "zaszyfrowany.pdf").body())
                .contains("nie udało się odczytać", "zabezpieczony hasłem");
        assertThat(upload(editor, id, Fixtures.truncatedPdf(dir), "uciety.pdf").body())
                .containsAnyOf("plik jest uszkodzony", "nie ma warstwy tekstowej");
        assertThat(upload(editor, id, Fixtures.garbledPdf(dir), "czcionki.pdf").body())
                .containsAnyOf("tekst rozpoznany ze skanu (OCR)", "tekst nieczytelny");
        assertThat(count("SELECT COUNT(*) FROM solution_file WHERE solution_id = ?", id)).isEqualTo(3);
        portalStillAnswers();
    }

    @Test
    void filesAreReorderedDescribedReplacedAndRemovedKeepingTheirAddresses(@TempDir Path dir) throws Exception {
        StaffBrowser editor = loggedIn("redaktor-kolejnosci", Role.EDITOR);
        long id = draft(editor, "Rozwiązanie z kilkoma plikami");
        upload(editor, id, Fixtures.polishPdf(dir.resolve("a.pdf"), List.of("Pierwszy podręcznik")), "a.pdf");
        upload(editor, id, Fixtures.polishPdf(dir.resolve("b.pdf"), List.of("Drugi podręcznik")), "b.pdf");
        List<Long> ids = jdbc.sql("SELECT id FROM solution_file WHERE solution_id = ? ORDER BY position").param(id)
                .query(Long.class).list();
        String page = "/admin/rozwiazania/" + id;
        String files = page + "/pliki/";

        editor.post(files + ids.get(1) + "/przesun", Map.of("_csrf", editor.csrf(page), "kierunek", "gora"));
        assertThat(jdbc.sql("SELECT id FROM solution_file WHERE solution_id = ? ORDER BY position").param(id)
                .query(Long.class).list()).containsExactly(ids.get(1), ids.get(0));
        editor.post(files + ids.get(0) + "/opis", Map.of("_csrf", editor.csrf(page), "tytul", "Podręcznik główny",
                "rodzaj", "MODEL"));
        Path newer = Fixtures.polishPdf(dir.resolve("a2.pdf"), List.of("Pierwszy podręcznik, wydanie drugie"));
        HttpResponse<String> replaced = editor.upload(files + ids.get(0) + "/zastap",
                Map.of("_csrf", editor.csrf(page)), "plik", newer, "a-wydanie-2.pdf", Map.of());
        assertThat(editor.follow(replaced).body()).contains("Zastąpiono plik", "wydanie drugie");
        assertThat(jdbc.sql("SELECT title FROM solution_file WHERE id = ?").param(ids.get(0)).query(String.class)
                .single()).isEqualTo("Podręcznik główny");
        editor.post(files + ids.get(1) + "/usun", Map.of("_csrf", editor.csrf(page)));
        assertThat(jdbc.sql("SELECT id FROM solution_file WHERE solution_id = ?").param(id).query(Long.class).list())
                .containsExactly(ids.get(0));
        // Another solution's file cannot be reached through this one.
        long foreign = jdbc.sql("SELECT MIN(id) FROM solution_file WHERE solution_id <> ?").param(id)
                .query(Long.class).single();
        assertThat(editor.follow(editor.post(files + foreign + "/usun", Map.of("_csrf", editor.csrf(page)))).body())
                .contains("Ten plik nie należy do tego rozwiązania");
        assertThat(count("SELECT COUNT(*) FROM solution_file WHERE id = ?", foreign)).isEqualTo(1);
        assertThat(editor.get(page).body()).contains("Podręcznik główny", "a-wydanie-2.pdf", "b.pdf");
        // An upload named like a file already there is a second file, never a silent replacement.
        upload(editor, id, Fixtures.polishPdf(dir.resolve("inny.pdf"), List.of("Całkiem inny podręcznik")),
                "a-wydanie-2.pdf");
        assertThat(count("SELECT COUNT(*) FROM solution_file WHERE solution_id = ?", id)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT title FROM solution_file WHERE id = ?").param(ids.get(0)).query(String.class)
                .single()).isEqualTo("Podręcznik główny");
    }

    @Test
    void thePreviewRendersMarkdownAndNeverAScript() throws Exception {
        StaffBrowser editor = loggedIn("redaktor-podgladu", Role.EDITOR);
        HttpResponse<String> preview = editor.post("/admin/podglad", Map.of("_csrf", editor.csrf("/admin"),
                "tekst", "**Klub** <script>alert(1)</script> [link](javascript:alert(2)) <img src=x onerror=alert(3)>"));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("<strong>Klub</strong>").doesNotContain("<script", "javascript:",
                "onerror=", "<img");
    }

    @Test
    void aCoordinatorEditsTheirBlocksCardWhichThePublicSeesWithItsHistory() throws Exception {
        StaffBrowser coordinator = loggedIn("koordynatorka-karty", Role.COORDINATOR, BLOCK);
        StaffBrowser stranger = loggedIn("koordynator-innej-karty", Role.COORDINATOR, OTHER_BLOCK);
        String edit = "/admin/bloki/" + BLOCK + "/edycja";
        assertThat(stranger.get(edit).statusCode()).isEqualTo(403);
        StaffBrowser.Form form = coordinator.form(edit, "form.editor");
        HttpResponse<String> saved = form.set("introduction", form.get("introduction")
                + "\n\nNowy akapit o sieci wymiany doświadczeń koordynatorów.")
                .set("note", "Dopisano akapit").submit();
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(coordinator.follow(saved).body()).contains("Zapisano zmiany.", "Dopisano akapit",
                "Nowy akapit o sieci wymiany doświadczeń koordynatorów");
        assertThat(JourneyTestSupport.get(port, "/bloki/" + BLOCK).body())
                .contains("Nowy akapit o sieci wymiany doświadczeń koordynatorów");

        StaffBrowser.Form withGroup = coordinator.form(edit, "form.editor");
        int free = (int) count("SELECT COUNT(*) FROM solution_group WHERE block_id = (SELECT id FROM thematic_block "
                + "WHERE slug = ?)", BLOCK);
        coordinator.follow(withGroup.set("groups[" + free + "].title", "Grupa na chwilę").submit());
        assertThat(count("SELECT COUNT(*) FROM solution_group WHERE title = 'Grupa na chwilę'")).isEqualTo(1);
        coordinator.follow(coordinator.form(edit, "form.editor").set("groups[" + free + "].title", "").submit());
        assertThat(count("SELECT COUNT(*) FROM solution_group WHERE title = 'Grupa na chwilę'")).isZero();
        String used = jdbc.sql("""
                SELECT MIN(g.title) FROM solution_group g JOIN thematic_block b ON b.id = g.block_id
                JOIN solution s ON s.primary_block_id = b.id AND s.group_code = g.code WHERE b.slug = ?""")
                .param(BLOCK).query(String.class).single();
        StaffBrowser.Form dropUsed = coordinator.form(edit, "form.editor");
        for (int i = 0; i < free; i++) {
            if (used.equals(dropUsed.get("groups[" + i + "].title"))) {
                dropUsed.set("groups[" + i + "].title", "").set("groups[" + i + "].goal", "");
            }
        }
        assertThat(dropUsed.submit().body()).contains("nie można usunąć: należą do niej rozwiązania");
    }

    @Test
    void aRenamedVocabularyTermFindsItsSolutionsByTheNewName() throws Exception {
        StaffBrowser admin = loggedIn("administratorka-slownikow", Role.ADMIN);
        String code = jdbc.sql("""
                SELECT MIN(st.code) FROM solution_term st JOIN solution s ON s.id = st.solution_id
                WHERE st.vocabulary = 'FORM' AND s.status = 'PUBLISHED'""").query(String.class).single();
        HttpResponse<String> saved = admin.post("/admin/slowniki/FORM", Map.of("_csrf", admin.csrf("/admin/slowniki"),
                "code", code, "pl", "Przewodnikowisko", "en", "Guidebookery"));
        assertThat(admin.follow(saved).body()).contains("Zapisano termin.");
        index.catchUp();
        assertThat(JourneyTestSupport.get(port, "/api/search?q=Przewodnikowisko").body()).contains("\"total\":")
                .doesNotContain("\"total\":0");
        HttpResponse<String> bad = admin.post("/admin/slowniki/FORM", Map.of("_csrf", admin.csrf("/admin/slowniki"),
                "code", "zły kod!", "pl", "x"));
        assertThat(admin.follow(bad).body()).contains("Kod: od 1 do 64 znaków");
        // Only the accents change: still a change, whatever the database's collation thinks.
        HttpResponse<String> accents = admin.post("/admin/slowniki/FORM", Map.of("_csrf",
                admin.csrf("/admin/slowniki"), "code", code, "pl", "Przewodnikowiśko", "en", "Guidebookery"));
        assertThat(admin.follow(accents).body()).contains("Zapisano termin.");
        HttpResponse<String> twin = admin.post("/admin/slowniki/FORM", Map.of("_csrf", admin.csrf("/admin/slowniki"),
                "code", code.toLowerCase(java.util.Locale.ROOT), "pl", "Bliźniak"));
        assertThat(admin.follow(twin).body()).contains("Termin o takim kodzie już istnieje: " + code);
    }
}
