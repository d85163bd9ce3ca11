package pl.innowacje.katalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
import pl.innowacje.katalog.catalog.SynonymGroup;
import pl.innowacje.katalog.catalog.Thesaurus;

/**
 * The search thesaurus on the vocabularies page: administrators add, edit and delete groups, each change with its
 * change-log entry; a refused change says why and changes nothing; other roles and forged posts get nowhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.content.load-on-start=true")
class ThesaurusAdminTest {

    private static final String PAGE = "/admin/slowniki";

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        String dir = JourneyTestSupport.tempDataDir("thesaurus").toString();
        registry.add("portal.data-dir", () -> dir);
    }

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Thesaurus thesaurus;

    private StaffBrowser loggedIn(String username, Role role) throws Exception {
        accounts.create(username, username, "haslo-" + username + "-1", role);
        StaffBrowser browser = new StaffBrowser(port);
        browser.login(username, "haslo-" + username + "-1");
        return browser;
    }

    private SynonymGroup group(String code) {
        return thesaurus.groups().stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow();
    }

    /** Everything a change could touch: the stored groups and terms, and the change log. */
    private List<String> stored() {
        List<String> rows = new java.util.ArrayList<>(jdbc.sql("""
                SELECT g.code, t.term_order, t.term FROM synonym_group g JOIN synonym_term t ON t.group_id = g.id
                ORDER BY g.code, t.term_order""").query((rs, n) -> rs.getString(1) + "/" + rs.getInt(2) + "/"
                + rs.getString(3)).list());
        rows.add("changes:" + lastChange());
        return rows;
    }

    private long lastChange() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM change_log").query(Long.class).single();
    }

    private List<String> changesAfter(long id) {
        return jdbc.sql("SELECT entity, entity_id FROM change_log WHERE id > ? ORDER BY id").param(id)
                .query((rs, n) -> rs.getString(1) + ":" + rs.getLong(2)).list();
    }

    private HttpResponse<String> post(StaffBrowser who, String path, Map<String, String> form) throws Exception {
        Map<String, String> withToken = new java.util.LinkedHashMap<>(form);
        withToken.put("_csrf", who.csrf(PAGE));
        return who.post(path, withToken);
    }

    @Test
    void anAdministratorAddsEditsAndDeletesAGroupEachWithItsChangeLogEntry() throws Exception {
        StaffBrowser admin = loggedIn("tezaurus-admin", Role.ADMIN);
        String page = admin.get(PAGE).body();
        assertThat(page).contains("Tezaurus wyszukiwarki").contains("powiatowy urząd pracy")
                .contains("miejski ośrodek pomocy społecznej");

        long start = lastChange();
        HttpResponse<String> added = post(admin, PAGE + "/tezaurus", Map.of("code", "SPOLDZIELNIA_SOCJALNA",
                "terms", "spółdzielnia socjalna\r\n\r\n  spółdzielczość   socjalna \r\n"));
        assertThat(added.statusCode()).isEqualTo(302);
        SynonymGroup group = group("SPOLDZIELNIA_SOCJALNA");
        assertThat(group.terms()).containsExactly("spółdzielnia socjalna", "spółdzielczość socjalna");
        assertThat(StaffBrowser.location(added)).endsWith("#grupa-" + group.id());
        assertThat(admin.follow(added).body()).contains("Dodano grupę SPOLDZIELNIA_SOCJALNA.");
        assertThat(changesAfter(start)).containsExactly("THESAURUS:" + group.id());

        long afterAdd = lastChange();
        String previous = "spółdzielnia socjalna|spółdzielczość socjalna";
        HttpResponse<String> edited = post(admin, PAGE + "/tezaurus/" + group.id(), Map.of("previous", previous,
                "terms", "spółdzielnia socjalna\nspółdzielczość socjalna\nspółdzielnie socjalne osób prawnych"));
        assertThat(admin.follow(edited).body()).contains("Zapisano terminy grupy.");
        assertThat(group("SPOLDZIELNIA_SOCJALNA").terms()).containsExactly("spółdzielnia socjalna",
                "spółdzielczość socjalna", "spółdzielnie socjalne osób prawnych");
        assertThat(changesAfter(afterAdd)).containsExactly("THESAURUS:" + group.id());

        long afterEdit = lastChange();
        HttpResponse<String> same = post(admin, PAGE + "/tezaurus/" + group.id(), Map.of("previous", previous,
                "terms", "spółdzielnia socjalna\nspółdzielczość socjalna\nspółdzielnie socjalne osób prawnych"));
        assertThat(admin.follow(same).body()).contains("Nic się nie zmieniło.");
        assertThat(lastChange()).isEqualTo(afterEdit);

        HttpResponse<String> deleted = post(admin, PAGE + "/tezaurus/" + group.id() + "/usun", Map.of());
        assertThat(admin.follow(deleted).body()).contains("Usunięto grupę SPOLDZIELNIA_SOCJALNA.")
                .doesNotContain("spółdzielczość socjalna");
        assertThat(thesaurus.groups()).extracting(SynonymGroup::code).doesNotContain("SPOLDZIELNIA_SOCJALNA");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM synonym_term WHERE group_id = ?").param(group.id())
                .query(Long.class).single()).isZero();
        assertThat(changesAfter(afterEdit)).containsExactly("THESAURUS:" + group.id());
    }

    @Test
    void aRefusedChangeSaysWhyKeepsWhatWasTypedAndChangesNothing() throws Exception {
        StaffBrowser admin = loggedIn("tezaurus-odmowy", Role.ADMIN);
        Map<List<String>, String> refusals = new java.util.LinkedHashMap<>();
        refusals.put(List.of("zły kod", "pierwszy termin\ndrugi termin"), "Kod grupy: od 1 do 64 znaków");
        refusals.put(List.of("male_litery", "pierwszy termin\ndrugi termin"), "Kod grupy: od 1 do 64 znaków");
        refusals.put(List.of("NOWA", "samotny termin"), "Grupa musi mieć co najmniej dwa terminy");
        refusals.put(List.of("NOWA", " \n\t\n "), "Grupa musi mieć co najmniej dwa terminy");
        refusals.put(List.of("NOWA", "pierwszy termin\n--"), "Termin „--” zawiera niedozwolony znak.");
        refusals.put(List.of("NOWA", "pierwszy termin\nteksty, po przecinku"), "zawiera niedozwolony znak");
        refusals.put(List.of("NOWA", "pierwszy termin\n" + "długi ".repeat(30)), "jest za długi");
        refusals.put(List.of("NOWA", "Pierwszy Termin\npierwszy  termin"), "powtarza się w grupie");
        refusals.put(List.of("NOWA", "pierwszy termin\nmops"), "Termin „mops” należy już do grupy OPS.");
        refusals.put(List.of("NOWA", "pierwszy termin\nMiejski Osrodek Pomocy Spolecznej"),
                "należy już do grupy OPS.");
        refusals.put(List.of("PUP", "pierwszy termin\ndrugi termin"), "Grupa o kodzie PUP już istnieje.");
        List<String> before = stored();
        for (Map.Entry<List<String>, String> r : refusals.entrySet()) {
            HttpResponse<String> response = post(admin, PAGE + "/tezaurus", Map.of("code", r.getKey().get(0),
                    "terms", r.getKey().get(1)));
            assertThat(StaffBrowser.location(response)).as(r.getValue()).endsWith("#nowa-grupa");
            String body = admin.follow(response).body();
            assertThat(body).as(r.getKey().toString()).contains(r.getValue());
            // The form comes back with what was typed, ready to be corrected.
            assertThat(body).contains("value=\"" + r.getKey().get(0) + "\"");
            assertThat(stored()).as(r.getKey().toString()).isEqualTo(before);
        }

        SynonymGroup pup = group("PUP");
        String current = String.join("|", pup.terms());
        HttpResponse<String> taken = post(admin, PAGE + "/tezaurus/" + pup.id(), Map.of("previous", current,
                "terms", "PUP\npowiatowy urząd pracy\nGOPS"));
        assertThat(admin.follow(taken).body()).contains("Termin „GOPS” należy już do grupy OPS.")
                .contains("PUP\npowiatowy urząd pracy\nGOPS</textarea>");
        HttpResponse<String> stale = post(admin, PAGE + "/tezaurus/" + pup.id(), Map.of("previous",
                "PUP|urząd pracy", "terms", "PUP\npowiatowy urząd pracy"));
        assertThat(admin.follow(stale).body()).contains("Ktoś zmienił grupę PUP w czasie, gdy ją edytowano.");
        HttpResponse<String> gone = post(admin, PAGE + "/tezaurus/987654", Map.of("terms", "a b\nc d"));
        assertThat(admin.follow(gone).body()).contains("Tej grupy już nie ma");
        HttpResponse<String> goneDelete = post(admin, PAGE + "/tezaurus/987654/usun", Map.of());
        assertThat(admin.follow(goneDelete).body()).contains("Tej grupy już nie ma");
        HttpResponse<String> badId = post(admin, PAGE + "/tezaurus/nie-liczba", Map.of("terms", "a b\nc d"));
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void onlyAdministratorsChangeTheThesaurusAndOnlyWithTheFormsToken() throws Exception {
        StaffBrowser editor = loggedIn("tezaurus-redaktor", Role.EDITOR);
        StaffBrowser admin = loggedIn("tezaurus-bez-tokenu", Role.ADMIN);
        long pup = group("PUP").id();
        List<String> before = stored();
        String token = editor.csrf("/admin");
        List<HttpResponse<String>> editorTries = List.of(
                editor.get(PAGE),
                editor.post(PAGE + "/tezaurus", Map.of("_csrf", token, "code", "OBCA", "terms", "jeden\ndwa")),
                editor.post(PAGE + "/tezaurus/" + pup, Map.of("_csrf", token, "terms", "PUP\nurząd")),
                editor.post(PAGE + "/tezaurus/" + pup + "/usun", Map.of("_csrf", token)));
        for (HttpResponse<String> r : editorTries) {
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("Brak dostępu");
        }
        HttpResponse<String> forged = admin.post(PAGE + "/tezaurus/" + pup + "/usun", Map.of());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(stored()).isEqualTo(before);
    }
}
