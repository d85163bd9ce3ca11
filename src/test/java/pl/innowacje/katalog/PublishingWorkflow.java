package pl.innowacje.katalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import pl.innowacje.katalog.admin.Role;
import pl.innowacje.katalog.admin.StaffAccounts;
import pl.innowacje.katalog.search.IndexFollower;

/**
 * The verification workflow through HTTP on the shipped catalogue: a coordinator of the block withdraws a solution
 * (a reason is required) and it leaves the public site, search and downloads; an editor cannot publish; the solution
 * goes back through draft, submission, a return with comments and publication, and comes back everywhere, with every
 * step in its history. Run on H2 and on the mysql profile by the subclasses.
 */
abstract class PublishingWorkflow {

    private static final String BLOCK = "wspolpraca-instytucji-rynku-pracy-pomocy-i-integracji-spolecznej";
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
                "_csrf", who.csrf(page))));
    }

    private boolean searchFinds(String query) throws Exception {
        index.catchUp();
        return JourneyTestSupport.get(port, "/api/search?q=" + JourneyTestSupport.encode(query)).body()
                .contains("\"slug\":\"" + SLUG + "\"");
    }

    @Test
    void aSolutionIsWithdrawnAndRepublishedThroughTheWholeWorkflow() throws Exception {
        index.catchUp();
        long id = jdbc.sql("SELECT id FROM solution WHERE slug = ?").param(SLUG).query(Long.class).single();
        long fileId = jdbc.sql("SELECT MIN(id) FROM solution_file WHERE solution_id = ?").param(id)
                .query(Long.class).single();
        StaffAccounts.Account coordinator = accounts.create("koordynator-wspolpracy", "Koordynatorka",
                "haslo-koordynatorki-1", Role.COORDINATOR);
        accounts.assignBlocks(coordinator.id(), List.of(BLOCK));
        accounts.create("koordynator-innego", "Inny", "haslo-innego-koord-2", Role.COORDINATOR);
        accounts.create("redaktor-wspolpracy", "Redaktor", "haslo-redaktora-123", Role.EDITOR);
        StaffBrowser coord = new StaffBrowser(port);
        coord.login("koordynator-wspolpracy", "haslo-koordynatorki-1");
        StaffBrowser other = new StaffBrowser(port);
        other.login("koordynator-innego", "haslo-innego-koord-2");
        StaffBrowser editor = new StaffBrowser(port);
        editor.login("redaktor-wspolpracy", "haslo-redaktora-123");
        assertThat(searchFinds("Express do zatrudnienia")).isTrue();

        assertThat(step(coord, id, "WITHDRAW", " ").body()).contains("Ten krok wymaga uzasadnienia.");
        assertThat(step(other, id, "WITHDRAW", "nie mój blok").body()).contains("tylko koordynator bloku");
        assertThat(step(coord, id, "WITHDRAW", "Dane projektu wymagają aktualizacji").body())
                .contains("Zmieniono status na: Wycofane");
        assertThat(JourneyTestSupport.get(port, "/rozwiazania/" + SLUG).statusCode()).isEqualTo(404);
        assertThat(JourneyTestSupport.getBytes(port, "/pliki/" + fileId).statusCode()).isEqualTo(404);
        assertThat(searchFinds("Express do zatrudnienia")).isFalse();

        assertThat(step(editor, id, "REOPEN", "").body()).contains("tylko koordynator bloku");
        step(coord, id, "REOPEN", "");
        assertThat(step(editor, id, "SUBMIT", "").body()).contains("Zmieniono status na: Zgłoszone");
        assertThat(step(coord, id, "RETURN", "").body()).contains("Ten krok wymaga uzasadnienia.");
        step(coord, id, "RETURN", "Proszę uzupełnić rezultaty");
        step(editor, id, "SUBMIT", "Uzupełniono");
        assertThat(step(editor, id, "PUBLISH", "").body()).contains("tylko koordynator bloku");
        HttpResponse<String> published = step(coord, id, "PUBLISH", "");
        assertThat(published.body()).contains("Zmieniono status na: Zweryfikowane", "Proszę uzupełnić rezultaty",
                "Dane projektu wymagają aktualizacji", "redaktor-wspolpracy", "koordynator-wspolpracy");
        assertThat(step(coord, id, "PUBLISH", "").body()).contains("nie można wykonać przy obecnym statusie");

        assertThat(searchFinds("Express do zatrudnienia")).isTrue();
        HttpResponse<String> page = JourneyTestSupport.get(port, "/rozwiazania/" + SLUG);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("przez: koordynator-wspolpracy");
        assertThat(JourneyTestSupport.getBytes(port, "/pliki/" + fileId).statusCode()).isEqualTo(200);
    }
}
