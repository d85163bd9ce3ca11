package pl.innowacje.katalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import pl.innowacje.katalog.admin.Role;
import pl.innowacje.katalog.admin.StaffAccounts;

/**
 * Staff accounts through HTTP as a browser uses them: the first admin comes from configuration, login needs the CSRF
 * token, roles decide who reaches user management, repeated failures lock an account, failures never tell whether a
 * username exists, and every page carries the security headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.admin.username=admin", "portal.admin.password=first-admin-secret-42",
                "portal.content.load-on-start=false"})
class StaffSecurityTest {

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        String dir = JourneyTestSupport.tempDataDir("security").toString();
        registry.add("portal.data-dir", () -> dir);
    }

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Test
    void theFirstAdminComesFromConfigurationAndManagesUsers() throws Exception {
        StaffBrowser admin = new StaffBrowser(port);
        assertThat(StaffBrowser.location(admin.login("admin", "first-admin-secret-42"))).endsWith("/admin");
        HttpResponse<String> users = admin.get("/admin/uzytkownicy");
        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(users.body()).contains("admin");

        String token = admin.csrf("/admin/uzytkownicy");
        HttpResponse<String> created = admin.post("/admin/uzytkownicy", Map.of("username", "redaktor1",
                "displayName", "Redaktor Pierwszy", "password", "haslo-redaktora-123", "role", "EDITOR",
                "_csrf", token));
        assertThat(StaffBrowser.location(created)).endsWith("/admin/uzytkownicy");
        assertThat(accounts.find("redaktor1")).hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(Role.EDITOR));

        HttpResponse<String> tooShort = admin.post("/admin/uzytkownicy", Map.of("username", "krotkie",
                "password", "krotkie", "role", "EDITOR", "_csrf", admin.csrf("/admin/uzytkownicy")));
        assertThat(tooShort.body()).contains("Hasło musi mieć co najmniej 12 znaków");
        assertThat(accounts.find("krotkie")).isEmpty();
    }

    @Test
    void anonymousVisitorsAreSentToLoginAndEditorsAreRefusedUserManagement() throws Exception {
        StaffBrowser anonymous = new StaffBrowser(port);
        assertThat(StaffBrowser.location(anonymous.get("/admin"))).endsWith("/login");
        assertThat(StaffBrowser.location(anonymous.get("/admin/uzytkownicy"))).endsWith("/login");

        accounts.create("redaktor2", "Redaktor", "haslo-redaktora-456", Role.EDITOR);
        StaffBrowser editor = new StaffBrowser(port);
        editor.login("redaktor2", "haslo-redaktora-456");
        assertThat(editor.get("/admin").statusCode()).isEqualTo(200);
        HttpResponse<String> refused = editor.get("/admin/uzytkownicy");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Brak dostępu").doesNotContain("Exception");
    }

    @Test
    void loggingInGivesANewSession() throws Exception {
        StaffBrowser admin = new StaffBrowser(port);
        admin.csrf("/login");
        String before = admin.cookie("SESSION");
        admin.login("admin", "first-admin-secret-42");
        assertThat(before).isNotNull();
        assertThat(admin.cookie("SESSION")).isNotNull().isNotEqualTo(before);
    }

    @Test
    void aFormWithoutTheCsrfTokenChangesNothing() throws Exception {
        StaffBrowser admin = new StaffBrowser(port);
        admin.login("admin", "first-admin-secret-42");
        HttpResponse<String> forged = admin.post("/admin/uzytkownicy", Map.of("username", "podrobiony",
                "password", "haslo-podrobione-789", "role", "ADMIN"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(accounts.find("podrobiony")).isEmpty();
    }

    @Test
    void repeatedFailuresLockTheAccountAndNoFailureTellsWhetherAUserExists() throws Exception {
        accounts.create("koordynator1", "Koordynator", "haslo-koordynatora-1", Role.COORDINATOR);
        StaffBrowser someone = new StaffBrowser(port);
        String unknown = someone.get(StaffBrowser.location(someone.login("nie-ma-takiego", "cokolwiek-1234"))
                .replaceFirst("^https?://[^/]+", "")).body();
        String wrong = someone.get(StaffBrowser.location(someone.login("koordynator1", "zle-haslo-12345"))
                .replaceFirst("^https?://[^/]+", "")).body();
        assertThat(wrong.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", ""))
                .isEqualTo(unknown.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", ""));

        for (int i = 1; i < 5; i++) {
            someone.login("koordynator1", "zle-haslo-12345");
        }
        assertThat(StaffBrowser.location(someone.login("koordynator1", "haslo-koordynatora-1"))).contains("/login?blad");
        assertThat(accounts.find("koordynator1").orElseThrow().locked(java.time.Instant.now())).isTrue();
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> home = new StaffBrowser(port).get("/");
        assertThat(home.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline"));
        assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(home.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(home.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    }
}
