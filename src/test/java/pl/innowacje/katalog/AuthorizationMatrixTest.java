package pl.innowacje.katalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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

    enum Outcome { LOGIN, DENIED, ALLOWED }

    record Action(String name, String method, String path, Map<String, String> form) {
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
        assertThat(r.statusCode()).isIn(200, 302);
        return Outcome.ALLOWED;
    }

    @Test
    void everyRoleAgainstEveryStaffAction() throws Exception {
        long solution = jdbc.sql("SELECT MIN(id) FROM solution").query(Long.class).single();
        long someone = accounts.create("ktos-do-zmian", "Ktoś", "haslo-kogos-12345", Role.EDITOR).id();
        List<Action> actions = List.of(
                new Action("staff start page", "GET", "/admin", Map.of()),
                new Action("solutions list", "GET", "/admin/rozwiazania", Map.of()),
                new Action("one solution", "GET", "/admin/rozwiazania/" + solution, Map.of()),
                new Action("workflow step", "POST", "/admin/rozwiazania/" + solution + "/krok",
                        Map.of("action", "SUBMIT")),
                new Action("users list", "GET", "/admin/uzytkownicy", Map.of()),
                new Action("create user", "POST", "/admin/uzytkownicy",
                        Map.of("username", "nowy-" + System.nanoTime() % 100000, "password", "haslo-nowego-12345",
                                "role", "EDITOR")),
                new Action("change role", "POST", "/admin/uzytkownicy/" + someone + "/rola", Map.of("role", "EDITOR")),
                new Action("assign blocks", "POST", "/admin/uzytkownicy/" + someone + "/bloki", Map.of()));
        Map<String, StaffBrowser> roles = new LinkedHashMap<>();
        roles.put("anonymous", new StaffBrowser(port));
        for (Role role : Role.values()) {
            String name = "matrix-" + role.name().toLowerCase();
            accounts.create(name, name, "haslo-matrycy-12345", role);
            StaffBrowser b = new StaffBrowser(port);
            b.login(name, "haslo-matrycy-12345");
            roles.put(role.name(), b);
        }
        Map<String, List<Outcome>> expected = Map.of(
                "anonymous", List.of(Outcome.LOGIN, Outcome.LOGIN, Outcome.LOGIN, Outcome.LOGIN, Outcome.LOGIN,
                        Outcome.LOGIN, Outcome.LOGIN, Outcome.LOGIN),
                "EDITOR", List.of(Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED, Outcome.DENIED,
                        Outcome.DENIED, Outcome.DENIED, Outcome.DENIED),
                "COORDINATOR", List.of(Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED,
                        Outcome.DENIED, Outcome.DENIED, Outcome.DENIED, Outcome.DENIED),
                "ADMIN", List.of(Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED,
                        Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED));
        for (Map.Entry<String, StaffBrowser> role : roles.entrySet()) {
            for (int i = 0; i < actions.size(); i++) {
                assertThat(outcome(run(role.getValue(), actions.get(i))))
                        .as("%s → %s", role.getKey(), actions.get(i).name())
                        .isEqualTo(expected.get(role.getKey()).get(i));
            }
        }
    }
}
