package pl.innowacje.katalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import pl.innowacje.katalog.admin.Role;
import pl.innowacje.katalog.admin.StaffAccounts;
import pl.innowacje.katalog.catalog.ThesaurusWriter;

/**
 * Every role, and anonymous visitors, against every staff action: anonymous visitors are sent to the login page,
 * a role without the right gets 403 (the portal's page, never a stack trace), the right role gets through. Workflow
 * steps that a role may reach but not take (an editor publishing) are refused inside the page; PublishingWorkflowTest
 * covers those.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.content.load-on-start=true")
class AuthorizationMatrixTest {

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        String dir = JourneyTestSupport.tempDataDir("matrix").toString();
        registry.add("portal.data-dir", () -> dir);
    }

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ThesaurusWriter thesaurus;

    enum Outcome { LOGIN, DENIED, ALLOWED }

    /** A staff action and what anonymous visitors, editors, coordinators and admins get: L(ogin), D(enied), A(llowed). */
    record Action(String name, String method, String path, Map<String, String> form, String expected) {
        Outcome expectedFor(int who) {
            return switch (expected.charAt(who)) {
                case 'L' -> Outcome.LOGIN;
                case 'D' -> Outcome.DENIED;
                default -> Outcome.ALLOWED;
            };
        }
    }

    private HttpResponse<String> run(StaffBrowser browser, Action a) throws Exception {
        if ("GET".equals(a.method())) {
            return browser.get(a.path());
        }
        Map<String, String> form = new LinkedHashMap<>(a.form());
        // A token from a page the role may open; anonymous visitors take the login page's.
        form.put("_csrf", browser.csrf(browser.get("/admin").statusCode() == 200 ? "/admin" : "/login"));
        return browser.post(a.path(), form);
    }

    private static Outcome outcome(HttpResponse<String> r) {
        if (r.statusCode() == 302 && StaffBrowser.location(r).endsWith("/login")) {
            return Outcome.LOGIN;
        }
        if (r.statusCode() == 403) {
            assertThat(r.body()).contains("Brak dostępu").doesNotContain("Exception");
            return Outcome.DENIED;
        }
        assertThat(r.statusCode()).isIn(200, 302, 303);
        return Outcome.ALLOWED;
    }

    @Test
    void everyRoleAgainstEveryStaffAction() throws Exception {
        long solution = jdbc.sql("SELECT MIN(solution_id) FROM solution_file").query(Long.class).single();
        long file = jdbc.sql("SELECT MIN(id) FROM solution_file WHERE solution_id = ?").param(solution)
                .query(Long.class).single();
        String block = jdbc.sql("SELECT MIN(slug) FROM thematic_block").query(String.class).single();
        long group = thesaurus.add("TEST_MATRYCY", List.of("termin matrycy", "inny termin matrycy"));
        long someone = accounts.create("ktos-do-zmian", "Ktoś", "haslo-kogos-12345", Role.EDITOR).id();
        String s = "/admin/rozwiazania/" + solution;
        List<Action> actions = List.of(
                new Action("staff start page", "GET", "/admin", Map.of(), "LAAA"),
                new Action("solutions list", "GET", "/admin/rozwiazania", Map.of(), "LAAA"),
                new Action("one solution", "GET", s, Map.of(), "LAAA"),
                new Action("workflow step", "POST", s + "/krok", Map.of("action", "SUBMIT"), "LAAA"),
                new Action("new solution form", "GET", "/admin/rozwiazania/nowe", Map.of(), "LAAA"),
                new Action("create a draft", "POST", "/admin/rozwiazania/nowe",
                        Map.of("title", "Szkic z testu uprawnień", "primaryBlock", block), "LAAA"),
                new Action("edit form (refused inside unless one's own or coordinated)", "GET", s + "/edycja",
                        Map.of(), "LAAA"),
                new Action("save an edit (refused inside likewise)", "POST", s + "/edycja",
                        Map.of("title", "Zmieniony tytuł", "primaryBlock", block, "revision", "0"), "LAAA"),
                new Action("upload (refused inside likewise)", "POST", s + "/pliki", Map.of(), "LAAA"),
                new Action("remove a file (refused inside likewise)", "POST", s + "/pliki/" + file + "/usun",
                        Map.of(), "LAAA"),
                new Action("description preview", "POST", "/admin/podglad", Map.of("tekst", "**a**"), "LAAA"),
                new Action("blocks list", "GET", "/admin/bloki", Map.of(), "LAAA"),
                new Action("statistics page", "GET", "/admin/statystyki", Map.of(), "LAAA"),
                new Action("import page", "GET", "/admin/import", Map.of(), "LAAA"),
                new Action("import a package (refused inside: no file)", "POST", "/admin/import", Map.of(), "LAAA"),
                new Action("block card editor (not a coordinator of it)", "GET", "/admin/bloki/" + block + "/edycja",
                        Map.of(), "LDDA"),
                new Action("save a block card", "POST", "/admin/bloki/" + block + "/edycja",
                        Map.of("title", "Tytuł bloku", "revision", "-1"), "LDDA"),
                new Action("users list", "GET", "/admin/uzytkownicy", Map.of(), "LDDA"),
                new Action("create user", "POST", "/admin/uzytkownicy",
                        Map.of("username", "nowy-" + System.nanoTime() % 100000, "password", "haslo-nowego-12345",
                                "role", "EDITOR"), "LDDA"),
                new Action("change role", "POST", "/admin/uzytkownicy/" + someone + "/rola", Map.of("role", "EDITOR"),
                        "LDDA"),
                new Action("assign blocks", "POST", "/admin/uzytkownicy/" + someone + "/bloki", Map.of(), "LDDA"),
                new Action("vocabularies", "GET", "/admin/slowniki", Map.of(), "LDDA"),
                new Action("save a term", "POST", "/admin/slowniki/FORM",
                        Map.of("code", "TEST_MATRYCY", "pl", "Termin z testu", "en", "Test term"), "LDDA"),
                new Action("add a thesaurus group", "POST", "/admin/slowniki/tezaurus",
                        Map.of("code", "TEST_MATRYCY_NOWA", "terms", "termin nowej grupy\ndrugi termin nowej grupy"),
                        "LDDA"),
                new Action("edit a thesaurus group", "POST", "/admin/slowniki/tezaurus/" + group,
                        Map.of("terms", "termin matrycy\nzmieniony termin matrycy"), "LDDA"),
                new Action("delete a thesaurus group", "POST", "/admin/slowniki/tezaurus/" + group + "/usun", Map.of(),
                        "LDDA"),
                new Action("export page", "GET", "/admin/eksport", Map.of(), "LDDA"),
                new Action("export a block", "GET", "/admin/eksport/katalog.zip?zakres=blok:" + block, Map.of(),
                        "LDDA"),
                new Action("index state", "GET", "/admin/indeks", Map.of(), "LDDA"),
                new Action("index rebuild", "POST", "/admin/indeks", Map.of(), "LDDA"));
        List<StaffBrowser> roles = new ArrayList<>();
        roles.add(new StaffBrowser(port));
        for (Role role : Role.values()) {
            String name = "matrix-" + role.name().toLowerCase();
            accounts.create(name, name, "haslo-matrycy-12345", role);
            StaffBrowser b = new StaffBrowser(port);
            b.login(name, "haslo-matrycy-12345");
            roles.add(b);
        }
        List<String> names = List.of("anonymous", "EDITOR", "COORDINATOR", "ADMIN");
        for (int who = 0; who < roles.size(); who++) {
            for (Action action : actions) {
                assertThat(outcome(run(roles.get(who), action))).as("%s → %s", names.get(who), action.name())
                        .isEqualTo(action.expectedFor(who));
            }
        }
    }
}
