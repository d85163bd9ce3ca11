package pl.innowacje.katalog;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.innowacje.katalog.JourneyTestSupport.encode;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import tools.jackson.databind.JsonNode;

/**
 * Two portals on one database, each in its own JVM with its own data folder (index and kept files), as two nodes
 * behind a load balancer: a staff member works on either, files download from either, and every change that affects
 * search reaches both indexes through the change log, so both give the same answers. The shipped catalogue is
 * loaded by the first node; the second starts on the loaded database. {@code -Dnodes.trials} sets how many publishes
 * measure the convergence (20 by default), {@code -Dnodes.handbook-mb} the huge handbook's size (12).
 */
@Tag("mysql")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    private static final String DATABASE = "katalog_nodes";
    private static final String URL = MySqlTestDatabase.url(DATABASE);
    private static final long PATIENCE_NANOS = 20_000_000_000L;
    /** Queries whose answers both nodes must agree on, facets and order included. */
    private static final List<String> QUERIES = List.of("", "aktywizacja", "asystent rodziny", "ekonomia społeczna",
            "podręcznik", "wolontariat seniorów", "pup");

    private static Path dataA;
    private static Path dataB;
    private static PortalProcess nodeA;
    private static PortalProcess nodeB;

    @BeforeAll
    static void twoNodesOnOneDatabase() throws Exception {
        MySqlTestDatabase.recreate(DATABASE);
        dataA = JourneyTestSupport.tempDataDir("node-a");
        dataB = JourneyTestSupport.tempDataDir("node-b");
        nodeA = start(dataA);
        nodeB = start(dataB);
    }

    @AfterAll
    static void stop() throws Exception {
        for (PortalProcess node : new PortalProcess[] {nodeA, nodeB}) {
            if (node != null) {
                node.kill();
            }
        }
    }

    @Test
    @Order(1)
    void bothNodesAnswerTheShippedCatalogueAlike() throws Exception {
        assertThat(total(nodeA, "")).isGreaterThan(10);
        untilSameAnswers();
    }

    @Test
    @Order(2)
    void aStaffMemberLogsInOnOneNodeAndWorksOnTheOther() throws Exception {
        StaffBrowser onA = new StaffBrowser(nodeA.port());
        assertThat(onA.login(PortalProcess.ADMIN, PortalProcess.ADMIN_PASSWORD).statusCode()).isEqualTo(302);
        StaffBrowser onB = onA.on(nodeB.port());
        assertThat(onB.get("/admin").statusCode()).as("the session made on A is known on B").isEqualTo(200);

        // A form read on A (its CSRF token) is sent to B, and B's flash message is shown by A.
        StaffBrowser.Form form = onA.form("/admin/rozwiazania/nowe", "form#edytor")
                .set("title", "Model dwóch węzłów qzwezly").set("summary", "Streszczenie")
                .set("primaryBlock", WriteSequence.BLOCK);
        HttpResponse<String> created = form.submitTo(onB);
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(onA.follow(created).body()).contains("Zapisano zmiany.");
    }

    @Test
    @Order(3)
    void aHandbookUploadedOnOneNodeDownloadsByteIdenticalFromTheOther() throws Exception {
        StaffBrowser onA = loggedIn(nodeA);
        String word = WriteSequence.word(new Random(3));
        long id = StaffWrites.published(onA, "Model z podręcznikiem " + word, WriteSequence.BLOCK);
        byte[] bytes = StaffWrites.textHandbook(word, 256 * 1024);
        assertThat(StaffWrites.upload(onA, id, dataA, word, bytes).statusCode()).isEqualTo(303);

        untilTrue(() -> total(nodeB, word) == 1);
        long fileId = Long.parseLong(single("SELECT MAX(id) FROM solution_file WHERE solution_id = " + id));
        HttpResponse<byte[]> onB = JourneyTestSupport.getBytes(nodeB.port(), "/pliki/" + fileId);
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).isEqualTo(bytes);
    }

    /**
     * A handbook of many megabytes takes seconds to index: a publish right after it reaches search on both nodes
     * first, instead of waiting behind it, and the handbook's text follows.
     */
    @Test
    @Order(4)
    void aPublishIsNotHeldBackByAHugeHandbookBeingIndexed() throws Exception {
        StaffBrowser onA = loggedIn(nodeA);
        Random random = new Random(33);
        String big = WriteSequence.word(random);
        long id = StaffWrites.published(onA, "Model z ogromnym podręcznikiem", WriteSequence.BLOCK);
        int megabytes = Integer.getInteger("nodes.handbook-mb", 12);
        byte[] bytes = StaffWrites.textHandbook(big, megabytes * 1024 * 1024);
        ExecutorService sender = Executors.newSingleThreadExecutor();
        Future<HttpResponse<String>> uploading = sender.submit(() -> StaffWrites.upload(onA, id, dataA, big, bytes));
        sender.shutdown();
        // One publish while the handbook is being sent and read, one right after, while it is being indexed.
        Thread.sleep(300);
        double[] whileRead = publishedAndFound(onA, random);
        boolean readStillUnderWay = !uploading.isDone();
        assertThat(uploading.get().statusCode()).isEqualTo(303);
        long uploaded = System.nanoTime();
        double[] whileIndexed = publishedAndFound(onA, random);
        untilTrue(() -> total(nodeA, big) == 1 && total(nodeB, big) == 1, 300);
        System.out.printf("[two nodes] a %d MB handbook: a publish while it was sent and read (%s when found on A) "
                + "found on A after %.0f ms, on B after %.0f ms; a publish right after its upload was answered, found on "
                + "A after %.0f ms, on B after %.0f ms; the handbook searchable on both %.1f s after its upload was "
                + "answered%n", megabytes, readStillUnderWay ? "still under way" : "done", whileRead[0], whileRead[1],
                whileIndexed[0], whileIndexed[1], (System.nanoTime() - uploaded) / 1e9);
    }

    /** Publishes a new solution on A; how long (ms) until A and B find it. */
    private static double[] publishedAndFound(StaffBrowser onA, Random random) throws Exception {
        String word = WriteSequence.word(random);
        StaffWrites.published(onA, "Model opublikowany obok " + word, WriteSequence.BLOCK);
        long published = System.nanoTime();
        untilTrue(() -> total(nodeA, word) == 1);
        double onAfter = (System.nanoTime() - published) / 1e6;
        untilTrue(() -> total(nodeB, word) == 1);
        return new double[] {onAfter, (System.nanoTime() - published) / 1e6};
    }

    @Test
    @Order(5)
    void aPublishOnOneNodeIsFoundOnTheOther() throws Exception {
        StaffBrowser onA = loggedIn(nodeA);
        int trials = Integer.getInteger("nodes.trials", 20);
        Random random = new Random(4);
        List<Double> millis = new ArrayList<>();
        for (int t = 0; t < trials; t++) {
            String word = WriteSequence.word(random);
            long id = StaffWrites.draft(onA, "Model zbieżności " + word, WriteSequence.BLOCK);
            StaffWrites.step(onA, id, "SUBMIT");
            StaffWrites.step(onA, id, "PUBLISH");
            long published = System.nanoTime();
            untilTrue(() -> total(nodeB, word) == 1);
            millis.add((System.nanoTime() - published) / 1e6);
        }
        System.out.println("[two nodes] each trial, ms: " + millis);
        millis.sort(Double::compare);
        double p50 = millis.get((millis.size() - 1) / 2);
        double p99 = millis.get((int) Math.ceil(0.99 * millis.size()) - 1);
        System.out.printf("[two nodes] publish on A found on B, %d trials: p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                trials, p50, p99, millis.get(millis.size() - 1));
    }

    @Test
    @Order(6)
    void labelThesaurusAndBlockChangesOnOneNodeGiveTheSameAnswersOnBoth() throws Exception {
        StaffBrowser onA = loggedIn(nodeA);
        String code = termOfAPublishedSolution();
        HttpResponse<String> renamed = onA.post("/admin/slowniki/FORM", Map.of("_csrf", onA.csrf("/admin/slowniki"),
                "code", code, "pl", "Przewodnikowisko", "en", "Guidebookery"));
        assertThat(onA.follow(renamed).body()).contains("Zapisano termin.");
        untilTrue(() -> total(nodeB, "Przewodnikowisko") > 0);
        untilSameAnswers("Przewodnikowisko");

        assertThat(total(nodeA, "lokalni sojusznicy")).isPositive();
        HttpResponse<String> group = onA.post("/admin/slowniki/tezaurus", Map.of("_csrf",
                onA.csrf("/admin/slowniki"), "code", "DWA_WEZLY", "terms", "qzsynonimwezla\nlokalni sojusznicy"));
        assertThat(onA.follow(group).body()).contains("Dodano grupę DWA_WEZLY.");
        untilTrue(() -> total(nodeB, "qzsynonimwezla") > 0);
        untilSameAnswers("qzsynonimwezla");

        String block = WriteSequence.BLOCK;
        StaffBrowser.Form form = onA.form("/admin/bloki/" + block + "/edycja", "form.editor")
                .set("title", "Blok qzblokwezla");
        assertThat(form.submit().statusCode()).isEqualTo(302);
        untilTrue(() -> JourneyTestSupport.get(nodeB.port(), "/api/search?q=").body().contains("qzblokwezla"));
        untilSameAnswers("qzblokwezla");
    }

    @Test
    @Order(7)
    void aNodeStoppedWhileTheOtherChangesThingsCatchesUpWhenItStarts() throws Exception {
        nodeB.kill();
        StaffBrowser onA = loggedIn(nodeA);
        String word = WriteSequence.word(new Random(6));
        StaffWrites.published(onA, "Model pod nieobecność " + word, WriteSequence.BLOCK);
        String code = termOfAPublishedSolution();
        onA.post("/admin/slowniki/FORM", Map.of("_csrf", onA.csrf("/admin/slowniki"), "code", code,
                "pl", "Nieobecnisko", "en", "Absentry"));

        long start = System.nanoTime();
        nodeB = start(dataB);
        long up = System.nanoTime();
        untilTrue(() -> total(nodeB, word) == 1 && total(nodeB, "Nieobecnisko") > 0);
        System.out.printf("[two nodes] B restarted: up in %.1f s, caught up %.0f ms after it was up%n",
                (up - start) / 1e9, (System.nanoTime() - up) / 1e6);
        untilSameAnswers(word, "Nieobecnisko");
    }

    private static PortalProcess start(Path data) throws Exception {
        // Started means ready: its health is UP only once its index has caught up and content/ is loaded.
        return PortalProcess.start(data, Path.of("content"), List.of("--spring.profiles.active=mysql",
                "--spring.datasource.url=" + URL));
    }

    private static StaffBrowser loggedIn(PortalProcess node) throws Exception {
        StaffBrowser browser = new StaffBrowser(node.port());
        assertThat(browser.login(PortalProcess.ADMIN, PortalProcess.ADMIN_PASSWORD).statusCode()).isEqualTo(302);
        return browser;
    }

    private static String termOfAPublishedSolution() throws Exception {
        return single("SELECT MIN(st.code) FROM solution_term st JOIN solution s ON s.id = st.solution_id "
                + "WHERE st.vocabulary = 'FORM' AND s.status = 'PUBLISHED'");
    }

    private static String single(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(URL, "root", "");
             var rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static long total(PortalProcess node, String query) throws Exception {
        return search(node, query).path("total").asLong(-1);
    }

    private static JsonNode search(PortalProcess node, String q) throws Exception {
        return JourneyTestSupport.json(JourneyTestSupport.get(node.port(), "/api/search?size=50&q=" + encode(q))
                .body());
    }

    /**
     * Both nodes give the same hits in the same order, with the same facet values, labels and counts, and go on
     * giving them: a node's ranking settles once its background merge has removed the replaced documents.
     */
    private static void untilSameAnswers(String... more) throws Exception {
        List<String> queries = new ArrayList<>(QUERIES);
        queries.addAll(List.of(more));
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        for (int agreed = 0; agreed < 3 && System.nanoTime() < deadline; Thread.sleep(500)) {
            boolean same = true;
            for (String q : queries) {
                same &= answer(nodeA, q).equals(answer(nodeB, q));
            }
            agreed = same ? agreed + 1 : 0;
        }
        for (String q : queries) {
            assertThat(answer(nodeB, q)).as("query \"%s\" on both nodes", q).isEqualTo(answer(nodeA, q));
        }
    }

    private static String answer(PortalProcess node, String query) throws Exception {
        JsonNode json = search(node, query);
        List<String> slugs = new ArrayList<>();
        json.path("hits").forEach(h -> slugs.add(h.path("slug").asText()));
        return json.path("total").asLong() + " " + slugs + " " + json.path("facets");
    }

    private static void untilTrue(Callable<Boolean> condition) throws Exception {
        untilTrue(condition, PATIENCE_NANOS / 1_000_000_000L);
    }

    private static void untilTrue(Callable<Boolean> condition, long seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.call()) {
            assertThat(System.nanoTime()).as("a condition met within %d s", seconds).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
