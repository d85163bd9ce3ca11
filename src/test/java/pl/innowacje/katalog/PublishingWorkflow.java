package pl.innowacje.katalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import pl.innowacje.katalog.admin.Role;
import pl.innowacje.katalog.admin.StaffAccounts;
import pl.innowacje.katalog.files.Fixtures;
import pl.innowacje.katalog.search.IndexFollower;

/**
 * The verification workflow through HTTP, as staff and the public use it. An editor drafts a solution, uploads its
 * handbooks (a 50 MB one among them) and sees what was read from them; a coordinator of the block returns it with
 * comments, publishes it after the fix and later withdraws it; the public finds and downloads it in between and no
 * more after. A solution of the shipped catalogue goes through withdrawal and back. Run on H2 and on the mysql
 * profile by the subclasses.
 */
abstract class PublishingWorkflow {

    private static final String BLOCK = "wspolpraca-instytucji-rynku-pracy-pomocy-i-integracji-spolecznej";
    /** The coordinating organisation on that block's card in content/. */
    private static final String VERIFIER = "Krajowa Instytucja Wspomagająca – Centrum Projektów Europejskich";
    private static final String SLUG = "express-do-zatrudnienia";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    IndexFollower index;

    @Autowired
    JdbcClient jdbc;

    private HttpResponse<String> step(StaffBrowser who, long id, String action, String reason) throws Exception {
        String page = "/admin/rozwiazania/" + id;
        return who.follow(who.post(page + "/krok", Map.of("action", action, "reason", reason,
                "_csrf", who.csrf("/admin"))));
    }

    private boolean searchFinds(String query, String slug) throws Exception {
        return JourneyTestSupport.get(port, "/api/search?q=" + JourneyTestSupport.encode(query)).body()
                .contains("\"slug\":\"" + slug + "\"");
    }

    /** Milliseconds until search agrees, polling the public API as a visitor would (no catching up by hand). */
    private double untilSearch(String query, String slug, boolean found) throws Exception {
        long start = System.nanoTime();
        while (searchFinds(query, slug) != found) {
            assertThat(System.nanoTime() - start).as("search follows within 30 s").isLessThan(30_000_000_000L);
            Thread.sleep(5);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private StaffBrowser loggedIn(String username, Role role, List<String> blocks) throws Exception {
        StaffAccounts.Account account = accounts.create(username, username, "haslo-" + username + "-1", role);
        if (!blocks.isEmpty()) {
            accounts.assignBlocks(account.id(), blocks);
        }
        StaffBrowser browser = new StaffBrowser(port);
        browser.login(username, "haslo-" + username + "-1");
        return browser;
    }

    @Test
    void anEditorsDraftIsReturnedFixedPublishedFoundDownloadedAndWithdrawn(@TempDir Path dir) throws Exception {
        StaffBrowser editor = loggedIn("redaktorka-klubu", Role.EDITOR, List.of());
        StaffBrowser coordinator = loggedIn("koordynator-klubu", Role.COORDINATOR, List.of(BLOCK));

        // The editor drafts: every field of the card can be filled; a bad value comes back with its message.
        StaffBrowser.Form draft = editor.form("/admin/rozwiazania/nowe", "form#edytor")
                .set("title", "Klub wsparcia młodzieży w Wrzosowiskowie")
                .set("summary", "Spotkania młodzieży NEET z doradcą i pracodawcami.")
                .set("description", "# Jak działa klub\nSpotkania co tydzień.\nDoradca prowadzi warsztaty.")
                .set("primaryBlock", BLOCK)
                .set("problems", "BIERNOSC_ZAWODOWA_MLODZIEZY")
                .set("results[0].label", "uczestników").set("results[0].amount", "120").set("results[0].unit", "osób")
                .set("contactEmail", "to nie adres");
        HttpResponse<String> refused = draft.submit();
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Podaj poprawny adres e-mail");
        HttpResponse<String> created = draft.set("contactEmail", "klub@example.org").submit();
        assertThat(created.statusCode()).isEqualTo(302);
        long id = Long.parseLong(StaffBrowser.location(created).replaceAll(".*/", ""));
        assertThat(editor.follow(created).body()).contains("Zapisano zmiany.", "autor: redaktorka-klubu");
        String slug = jdbc.sql("SELECT slug FROM solution WHERE id = ?").param(id).query(String.class).single();
        assertThat(slug).isEqualTo("klub-wsparcia-mlodziezy-w-wrzosowiskowie");

        // Uploads: a Polish handbook and a 50 MB one; the page shows at once what was read from each.
        String page = "/admin/rozwiazania/" + id;
        Path handbook = Fixtures.polishPdf(dir.resolve("podrecznik.pdf"), List.of(
                "Podręcznik klubu wsparcia w Wrzosowiskowie\nKażdy uczestnik dostaje paszport kompetencji.",
                "Spotkania prowadzi doradca zawodowy razem z pracownikiem socjalnym."));
        HttpResponse<String> uploaded = editor.upload(page + "/pliki", Map.of("_csrf", editor.csrf(page),
                "tytul", "Podręcznik klubu", "rodzaj", "HANDBOOK"), "plik", handbook, "podręcznik klubu.pdf", Map.of());
        assertThat(uploaded.statusCode()).isEqualTo(303);
        Path large = Fixtures.largePdf(dir, 50, "Album zdjec z Wrzosowiskowa");
        assertThat(Files.size(large)).isGreaterThan(50_000_000L);
        long sending = System.nanoTime();
        HttpResponse<String> viaScript = editor.upload(page + "/pliki", Map.of("_csrf", editor.csrf(page),
                "tytul", "Album klubu", "rodzaj", "REPORT"), "plik", large, "album.pdf",
                Map.of("X-Requested-With", "fetch", "Accept", "application/json"));
        double uploadSeconds = (System.nanoTime() - sending) / 1e9;
        assertThat(viaScript.statusCode()).isEqualTo(200);
        assertThat(viaScript.body()).contains("\"location\":\"/admin/rozwiazania/" + id + "#wynik-plikow\"");
        String withFiles = editor.get(page).body();
        assertThat(withFiles).contains("Dodano plik", "Podręcznik klubu", "application/pdf", "tekst odczytany",
                "Każdy uczestnik dostaje paszport kompetencji", "Album klubu", "Album zdjec z Wrzosowiskowa",
                "<dd>100</dd>", "<dd>pl</dd>");

        // Submitted, the draft leaves its author's hands; the coordinator returns it with comments.
        assertThat(step(editor, id, "SUBMIT", "").body()).contains("Zmieniono status na: Zgłoszone");
        assertThat(editor.follow(editor.get(page + "/edycja")).body()).contains("Nie możesz zmieniać tego rozwiązania");
        assertThat(step(coordinator, id, "RETURN", "").body()).contains("Ten krok wymaga uzasadnienia.");
        assertThat(step(coordinator, id, "RETURN", "Dopisz, ilu uczestników znalazło pracę").body())
                .contains("Zmieniono status na: Zwrócone", "Dopisz, ilu uczestników znalazło pracę");

        // The editor fixes it: a result and a line of the description; the history shows exactly that.
        HttpResponse<String> fixed = editor.form(page + "/edycja", "form#edytor")
                .set("results[1].label", "znalazło pracę").set("results[1].amount", "48")
                .set("results[1].unit", "osób")
                .set("description", "# Jak działa klub\nSpotkania co tydzień.\nDoradca i pracodawcy prowadzą warsztaty.")
                .set("note", "Uzupełniono rezultaty").submit();
        assertThat(fixed.statusCode()).isEqualTo(302);
        assertThat(editor.follow(fixed).body()).contains("Zapisano zmiany.");
        assertThat(step(editor, id, "SUBMIT", "Poprawione").body()).contains("Zmieniono status na: Zgłoszone");
        assertThat(step(editor, id, "PUBLISH", "").body()).contains("tylko koordynator bloku");

        HttpResponse<String> published = step(coordinator, id, "PUBLISH", "");
        double publishToSearchable = untilSearch("Wrzosowiskowie", slug, true);
        assertThat(published.body()).contains("Zmieniono status na: Zweryfikowane", "Uzupełniono rezultaty",
                "Dopisz, ilu uczestników znalazło pracę", "znalazło pracę = 48 osób",
                "Doradca i pracodawcy prowadzą warsztaty", "Doradca prowadzi warsztaty", "redaktorka-klubu",
                "koordynator-klubu");

        // The public finds it by a word only its handbook has, sees the badge, and downloads the file as uploaded.
        assertThat(searchFinds("paszport kompetencji Wrzosowiskowie", slug)).isTrue();
        HttpResponse<String> publicPage = JourneyTestSupport.get(port, "/rozwiazania/" + slug);
        assertThat(publicPage.statusCode()).isEqualTo(200);
        // The verifying institution is the block coordinator's organisation; a staff login is never shown.
        assertThat(publicPage.body()).contains("Zweryfikowane", "przez: " + VERIFIER, "znalazło pracę")
                .doesNotContain("koordynator-klubu");
        long fileId = jdbc.sql("SELECT id FROM solution_file WHERE solution_id = ? ORDER BY position LIMIT 1")
                .param(id).query(Long.class).single();
        HttpResponse<byte[]> download = JourneyTestSupport.getBytes(port, "/pliki/" + fileId);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(Files.readAllBytes(handbook));

        // Withdrawn (a reason is required), it leaves search, its page and its downloads.
        assertThat(step(coordinator, id, "WITHDRAW", "Projekt zakończony, model nieaktualny").body())
                .contains("Zmieniono status na: Wycofane");
        double withdrawToGone = untilSearch("Wrzosowiskowie", slug, false);
        assertThat(JourneyTestSupport.get(port, "/rozwiazania/" + slug).statusCode()).isEqualTo(404);
        assertThat(JourneyTestSupport.getBytes(port, "/pliki/" + fileId).statusCode()).isEqualTo(404);
        System.out.printf("over HTTP (%s): publish → searchable %.1f ms, withdraw → gone %.1f ms; a %.1f MB "
                + "handbook sent, stored and read in %.1f s%n", getClass().getSimpleName(), publishToSearchable,
                withdrawToGone, Files.size(large) / 1e6, uploadSeconds);
    }

    @Test
    void aShippedSolutionIsWithdrawnAndRepublishedThroughTheWholeWorkflow() throws Exception {
        index.catchUp();
        long id = jdbc.sql("SELECT id FROM solution WHERE slug = ?").param(SLUG).query(Long.class).single();
        long fileId = jdbc.sql("SELECT MIN(id) FROM solution_file WHERE solution_id = ?").param(id)
                .query(Long.class).single();
        StaffBrowser coord = loggedIn("koordynator-wspolpracy", Role.COORDINATOR, List.of(BLOCK));
        StaffBrowser other = loggedIn("koordynator-innego", Role.COORDINATOR, List.of());
        StaffBrowser editor = loggedIn("redaktor-wspolpracy", Role.EDITOR, List.of());
        assertThat(untilSearch("Express do zatrudnienia", SLUG, true)).isGreaterThanOrEqualTo(0);

        assertThat(step(coord, id, "WITHDRAW", " ").body()).contains("Ten krok wymaga uzasadnienia.");
        assertThat(step(other, id, "WITHDRAW", "nie mój blok").body()).contains("tylko koordynator bloku");
        assertThat(step(coord, id, "WITHDRAW", "Dane projektu wymagają aktualizacji").body())
                .contains("Zmieniono status na: Wycofane");
        assertThat(JourneyTestSupport.get(port, "/rozwiazania/" + SLUG).statusCode()).isEqualTo(404);
        assertThat(JourneyTestSupport.getBytes(port, "/pliki/" + fileId).statusCode()).isEqualTo(404);
        untilSearch("Express do zatrudnienia", SLUG, false);

        assertThat(step(editor, id, "REOPEN", "").body()).contains("tylko koordynator bloku");
        step(coord, id, "REOPEN", "");
        // Not the editor's own draft: only its author or a coordinator of the block submits it.
        assertThat(step(editor, id, "SUBMIT", "").body()).contains("Do weryfikacji zgłasza autor rozwiązania");
        assertThat(step(coord, id, "SUBMIT", "").body()).contains("Zmieniono status na: Zgłoszone");
        step(coord, id, "RETURN", "Proszę uzupełnić rezultaty");
        step(coord, id, "SUBMIT", "Uzupełniono");
        HttpResponse<String> published = step(coord, id, "PUBLISH", "");
        assertThat(published.body()).contains("Zmieniono status na: Zweryfikowane", "Proszę uzupełnić rezultaty",
                "Dane projektu wymagają aktualizacji", "koordynator-wspolpracy");
        assertThat(step(coord, id, "PUBLISH", "").body()).contains("nie można wykonać przy obecnym statusie");

        untilSearch("Express do zatrudnienia", SLUG, true);
        HttpResponse<String> page = JourneyTestSupport.get(port, "/rozwiazania/" + SLUG);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("przez: " + VERIFIER).doesNotContain("koordynator-wspolpracy");
        assertThat(JourneyTestSupport.getBytes(port, "/pliki/" + fileId).statusCode()).isEqualTo(200);
    }
}
