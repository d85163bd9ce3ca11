package pl.innowacje.katalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Uploads {@code bytes} as a plain-text handbook {@code word}.txt (written under {@code dir} first). */
    static HttpResponse<String> upload(StaffBrowser admin, long id, Path dir, String word, byte[] bytes)
            throws Exception {
        Path file = Files.write(dir.resolve(word + ".txt"), bytes);
        return admin.upload("/admin/rozwiazania/" + id + "/pliki", Map.of("_csrf",
                admin.csrf("/admin/rozwiazania/" + id), "tytul", "Podręcznik " + word, "rodzaj", "HANDBOOK"),
                "plik", file, word + ".txt", Map.of());
    }

    /** A plain-text handbook of about {@code size} characters whose every line carries the word. */
    static byte[] textHandbook(String word, int size) {
        StringBuilder text = new StringBuilder();
        for (int line = 1; text.length() < size; line++) {
            text.append("Wiersz ").append(line).append(" podręcznika dla dwóch węzłów, ").append(word).append(".\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
