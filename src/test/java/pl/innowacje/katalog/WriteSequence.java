package pl.innowacje.katalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One trial's writes, sent over HTTP as the administrator does them: a new draft, a handbook upload, a saved edit,
 * SUBMIT and PUBLISH, then another upload and another edit on the published solution. Each write records whether
 * its request was sent and whether its answer arrived; an answered (acknowledged) write must survive anything.
 * Every value carries a word of its own, so the database and the index can be asked about each one.
 */
final class WriteSequence {

    static final String BLOCK = "wspolpraca-instytucji-rynku-pracy-pomocy-i-integracji-spolecznej";
    /** In every title this test writes, so search can count them all. */
    static final String MARKER = "qzkilltest";

    sealed interface Change permits Create, Upload, Save, Step {
    }

    record Create(String title, String summary) implements Change {
    }

    record Upload(String title, String fileName, byte[] bytes, String sha256, String word) implements Change {
    }

    record Save(String summary, String note) implements Change {
    }

    record Step(String action, String to, String reason) implements Change {
    }

    /** A write and what became of it. */
    static final class Write {
        final Change change;
        volatile boolean sent;
        volatile boolean acknowledged;
        double millis;

        Write(Change change) {
            this.change = change;
        }

        String kind() {
            return change instanceof Step s ? s.action() : change.getClass().getSimpleName().toUpperCase();
        }
    }

    private final int trial;
    private final List<Write> writes;
    private final Path scratch;
    private long solutionId;

    WriteSequence(int trial, Random random, Path scratch) throws Exception {
        this.trial = trial;
        this.scratch = Files.createDirectories(scratch);
        String t = "t" + trial;
        this.writes = List.of(
                new Write(new Create("Próba trwałości " + MARKER + " " + word(random),
                        "Streszczenie " + word(random))),
                new Write(upload("Podręcznik " + t, random)),
                new Write(new Save("Streszczenie po zmianie " + word(random), "zapis " + t + " " + word(random))),
                new Write(new Step("SUBMIT", "SUBMITTED", "zgłoszenie " + t + " " + word(random))),
                new Write(new Step("PUBLISH", "PUBLISHED", "weryfikacja " + t + " " + word(random))),
                new Write(upload("Aneks " + t, random)),
                new Write(new Save("Streszczenie opublikowane " + word(random), "poprawka " + t + " " + word(random))));
    }

    /** A word no dictionary has, so that a search for it finds exactly the record that carries it. */
    static String word(Random random) {
        StringBuilder b = new StringBuilder("qz");
        for (int i = 0; i < 8; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    /** A plain-text handbook of 64 KB to 2 MB: big enough that a kill often lands while it is being stored. */
    private static Upload upload(String title, Random random) throws Exception {
        String word = word(random);
        int size = 64 * 1024 + random.nextInt(2 * 1024 * 1024);
        StringBuilder text = new StringBuilder(size + 100);
        for (int line = 1; text.length() < size; line++) {
            text.append("Wiersz ").append(line).append(" podręcznika: pracownik socjalny i doradca zawodowy, ")
                    .append(word).append(".\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        return new Upload(title + " " + word, word + ".txt", bytes, sha, word);
    }

    List<Write> writes() {
        return writes;
    }

    String trialLabel() {
        return Integer.toString(trial + 1);
    }

    long solutionId() {
        return solutionId;
    }

    Create create() {
        return (Create) writes.get(0).change;
    }

    /**
     * Sends write {@code index}: first what it needs to read (a form), then {@code beforeSend}, then the write
     * itself. An I/O failure means the portal died under it; any answer other than the expected redirect is a fault.
     */
    void send(int index, StaffBrowser admin, String csrf, Runnable beforeSend) throws Exception {
        Write w = writes.get(index);
        String page = "/admin/rozwiazania/" + solutionId;
        HttpResponse<String> answer;
        long start;
        int expected = 302;
        if (w.change instanceof Create c) {
            StaffBrowser.Form form = admin.form("/admin/rozwiazania/nowe", "form#edytor")
                    .set("title", c.title()).set("summary", c.summary()).set("primaryBlock", BLOCK);
            beforeSend.run();
            start = mark(w);
            answer = form.submit();
        } else if (w.change instanceof Save s) {
            StaffBrowser.Form form = admin.form(page + "/edycja", "form#edytor")
                    .set("summary", s.summary()).set("note", s.note());
            beforeSend.run();
            start = mark(w);
            answer = form.submit();
        } else if (w.change instanceof Upload u) {
            Path file = scratch.resolve(u.fileName());
            Files.write(file, u.bytes());
            beforeSend.run();
            start = mark(w);
            answer = admin.upload(page + "/pliki", Map.of("_csrf", csrf, "tytul", u.title(), "rodzaj", "HANDBOOK"),
                    "plik", file, u.fileName(), Map.of());
            expected = 303;
        } else {
            Step s = (Step) w.change;
            beforeSend.run();
            start = mark(w);
            answer = admin.post(page + "/krok", Map.of("action", s.action(), "reason", s.reason(), "_csrf", csrf));
        }
        w.millis = (System.nanoTime() - start) / 1e6;
        assertThat(answer.statusCode()).as("answer to %s: %s", w.kind(), answer.body()).isEqualTo(expected);
        if (w.change instanceof Create) {
            solutionId = Long.parseLong(StaffBrowser.location(answer).replaceAll(".*/", ""));
        }
        w.acknowledged = true;
    }

    private static long mark(Write w) {
        w.sent = true;
        return System.nanoTime();
    }
}
