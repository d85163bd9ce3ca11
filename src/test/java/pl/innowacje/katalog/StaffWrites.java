package pl.innowacje.katalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

/** Staff writes through the admin pages, as tests across processes send them: a draft, a workflow step, a publish. */
final class StaffWrites {

    private StaffWrites() {
    }

    /** A new draft in {@code block}; returns its id. */
    static long draft(StaffBrowser admin, String title, String block) throws Exception {
        HttpResponse<String> created = admin.form("/admin/rozwiazania/nowe", "form#edytor").set("title", title)
                .set("summary", "Streszczenie " + title).set("primaryBlock", block).submit();
        assertThat(created.statusCode()).isEqualTo(302);
        return Long.parseLong(StaffBrowser.location(created).replaceAll(".*/", ""));
    }

    static void step(StaffBrowser admin, long id, String action) throws Exception {
        String page = "/admin/rozwiazania/" + id;
        HttpResponse<String> answer = admin.post(page + "/krok", Map.of("action", action, "reason", "próba",
                "_csrf", admin.csrf(page)));
        assertThat(answer.statusCode()).as("%s: %s", action, answer.body()).isEqualTo(302);
    }

    /** A draft submitted and published; returns its id. */
    static long published(StaffBrowser admin, String title, String block) throws Exception {
        long id = draft(admin, title, block);
        step(admin, id, "SUBMIT");
        step(admin, id, "PUBLISH");
        return id;
    }
}
