package pl.innowacje.katalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * kill -9 during and right after the staff's writes, on the real portal in its own JVM: every write the portal had
 * answered must be in the database and the file store after the kill, downloadable and searchable after the
 * restart, and the index must agree with the database. Each trial sends one {@link WriteSequence}; the portal is
 * killed at a random moment, either while a chosen write is under way or 0–50 ms after its answer, then started
 * again on the same data. {@code -Dkill.trials=N} sets the number of trials (the build runs a few; the README gives
 * the full run), {@code -Dkill.seed} repeats a run, {@code -Dkill.portal-args} adds portal arguments (for example an
 * older database setting, to compare). The subclasses choose the database.
 */
abstract class KillNineTrials {

    private static final long AGREEMENT_TIMEOUT_NANOS = 30_000_000_000L;

    /** The portal's arguments that select the database. */
    abstract List<String> databaseArguments();

    /** Opens the database as the killed portal left it. */
    abstract Connection openDatabase(Path data) throws Exception;

    /** Called once the database has been read, with the connection {@link #openDatabase} gave. */
    void closeDatabase(Connection db) throws Exception {
        db.close();
    }

    abstract String databaseName();

    private final Map<String, List<Double>> answerMillis = new TreeMap<>();
    private final Map<String, Integer> acknowledgedByKind = new TreeMap<>();
    private final List<String> lost = new ArrayList<>();
    private final List<String> disagreements = new ArrayList<>();
    private int leftovers;
    private double slowestAgreement;
    private double slowestFreshPublish;

    @Test
    void everyAcknowledgedWriteSurvivesKillNine() throws Exception {
        int trials = Integer.getInteger("kill.trials", 3);
        long seed = Long.getLong("kill.seed", System.nanoTime());
        Random random = new Random(seed);
        List<String> arguments = new ArrayList<>(databaseArguments());
        String extra = System.getProperty("kill.portal-args", "").strip();
        if (!extra.isEmpty()) {
            arguments.addAll(Arrays.asList(extra.split("\\s+")));
        }
        Path data = JourneyTestSupport.tempDataDir("kill-" + databaseName());
        Path content = structureOf(Path.of("content"), data.resolve("content"));
        ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
        int during = 0;
        int checked = 0;
        PortalProcess portal = PortalProcess.start(data, content, arguments);
        try {
            untilBlockLoaded(portal);
            for (int t = 0; t < trials; t++) {
                WriteSequence sequence = new WriteSequence(t, random, data.resolve("uploads"));
                boolean whileUnderWay = random.nextBoolean();
                during += whileUnderWay ? 1 : 0;
                drive(portal, sequence, random.nextInt(sequence.writes().size()), whileUnderWay, random, killer);

                Connection db = openDatabase(data);
                AcknowledgedWrites.Checked found;
                try {
                    found = AcknowledgedWrites.check(db, data.resolve("files"), sequence);
                } finally {
                    closeDatabase(db);
                }
                checked += found.checkedWrites();
                found.lost().forEach(l -> lost.add("trial " + sequence.trialLabel() + ": " + l));
                leftovers += temporaryFiles(data).size();

                portal = PortalProcess.start(data, content, arguments);
                assertThat(temporaryFiles(data)).as("temporary files after the restart").isEmpty();
                served(portal, sequence, found);
                slowestFreshPublish = Math.max(slowestFreshPublish, freshPublishSearchable(portal, random));
            }
        } finally {
            killer.shutdownNow();
            portal.kill();
        }
        System.out.printf("kill -9 test (%s): %d trials (seed %d; %d killed while a write was under way, %d 0-50 ms "
                + "after an answer), %d acknowledged writes checked %s, %d lost%s; %d temporary files left by kills, "
                + "all removed at the next start; after each restart search agreed with the database%s (at most "
                + "%.1f s after the portal answered); a publish right after each restart was searchable within %.2f s; "
                + "answer times p50 (ms) %s%n", databaseName(), trials, seed, during,
                trials - during, checked, acknowledgedByKind, lost.size(), lost.isEmpty() ? "" : " " + lost, leftovers,
                disagreements.isEmpty() ? "" : " except " + disagreements, slowestAgreement, slowestFreshPublish,
                medians());
        assertThat(lost).as("acknowledged writes lost").isEmpty();
        assertThat(disagreements).as("the restarted portal against its database").isEmpty();
    }

    /**
     * Sends the writes until the portal dies: killed at a random moment while write {@code target} is under way, or
     * 0–50 ms after its answer. A write whose answer did not arrive ends the trial.
     */
    private void drive(PortalProcess portal, WriteSequence sequence, int target, boolean whileUnderWay,
            Random random, ScheduledExecutorService killer) throws Exception {
        StaffBrowser admin = new StaffBrowser(portal.port());
        admin.login(PortalProcess.ADMIN, PortalProcess.ADMIN_PASSWORD);
        String csrf = admin.csrf("/admin");
        List<ScheduledFuture<?>> kills = new ArrayList<>();
        for (int i = 0; i < sequence.writes().size(); i++) {
            WriteSequence.Write w = sequence.writes().get(i);
            long delay = (long) (random.nextDouble() * typicalMillis(w.kind()));
            Runnable beforeSend = whileUnderWay && i == target
                    ? () -> kills.add(killer.schedule(() -> kill(portal), delay, TimeUnit.MILLISECONDS))
                    : () -> { };
            try {
                sequence.send(i, admin, csrf, beforeSend);
            } catch (java.io.IOException diedUnderIt) {
                break;
            }
            answerMillis.computeIfAbsent(w.kind(), k -> new ArrayList<>()).add(w.millis);
            acknowledgedByKind.merge(w.kind(), 1, Integer::sum);
            if (!whileUnderWay && i == target) {
                Thread.sleep(random.nextInt(51));
                break;
            }
        }
        for (ScheduledFuture<?> k : kills) {
            k.get();
        }
        portal.kill();
    }

    private static void kill(PortalProcess portal) {
        try {
            portal.kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How long a write of this kind usually takes to be answered, from the answers seen so far. */
    private double typicalMillis(String kind) {
        List<Double> seen = answerMillis.get(kind);
        if (seen == null || seen.isEmpty()) {
            return kind.equals("UPLOAD") ? 1000 : 200;
        }
        return seen.stream().mapToDouble(Double::doubleValue).average().orElse(200);
    }

    /**
     * After the restart: the public page, the downloads and search agree with what the database held. Whatever does
     * not is recorded (a download as a lost write, the rest as a disagreement), and the trials go on.
     */
    private void served(PortalProcess portal, WriteSequence sequence, AcknowledgedWrites.Checked checked)
            throws Exception {
        int port = portal.port();
        String trial = "trial " + sequence.trialLabel() + ": ";
        long start = System.nanoTime();
        AcknowledgedWrites.Found found = checked.found();
        List<String> words = new ArrayList<>();
        if (found != null) {
            boolean visible = found.isPublic();
            int page = JourneyTestSupport.get(port, "/rozwiazania/" + found.slug()).statusCode();
            if (page != (visible ? 200 : 404)) {
                disagreements.add(trial + "the page of a " + found.status() + " solution answers " + page);
            }
            for (WriteSequence.Write w : sequence.writes()) {
                if (visible && w.acknowledged && w.change instanceof WriteSequence.Upload u) {
                    HttpResponse<byte[]> download = JourneyTestSupport.getBytes(port, "/pliki/"
                            + found.files().get(u.title()));
                    if (download.statusCode() != 200 || !Arrays.equals(download.body(), u.bytes())) {
                        lost.add(trial + "UPLOAD \"" + u.title() + "\" downloads as " + download.statusCode()
                                + " with other bytes");
                    }
                }
            }
            words.add(sequence.create().title().replaceAll(".* ", ""));
            if (visible) {
                words.add(found.summary().replaceAll(".* ", ""));
                for (WriteSequence.Write w : sequence.writes()) {
                    if (w.change instanceof WriteSequence.Upload u && found.files().containsKey(u.title())) {
                        words.add(u.word());
                    }
                }
            }
        }
        while (!indexAgrees(port, words, found, checked.publicMarked())) {
            if (System.nanoTime() - start > AGREEMENT_TIMEOUT_NANOS) {
                disagreements.add(trial + "search did not agree with the database within 30 s of the restart");
                return;
            }
            Thread.sleep(50);
        }
        slowestAgreement = Math.max(slowestAgreement, (System.nanoTime() - start) / 1e9);
    }

    /**
     * A new publish on the restarted portal, timed from its answer until search finds it: ids a killed embedded
     * database skipped must not hold it back (the index follower applies a change whatever is missing below it).
     */
    private static double freshPublishSearchable(PortalProcess portal, Random random) throws Exception {
        StaffBrowser admin = new StaffBrowser(portal.port());
        admin.login(PortalProcess.ADMIN, PortalProcess.ADMIN_PASSWORD);
        String word = WriteSequence.word(random);
        StaffWrites.published(admin, "Po restarcie " + word, WriteSequence.BLOCK);
        long start = System.nanoTime();
        while (JourneyTestSupport.json(JourneyTestSupport.get(portal.port(), "/api/search?q=" + word).body())
                .path("total").asLong() != 1) {
            assertThat(System.nanoTime() - start).as("a publish after a restart is searchable")
                    .isLessThan(AGREEMENT_TIMEOUT_NANOS);
            Thread.sleep(20);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Each word finds the solution exactly when it is public; search counts as many test solutions as the database. */
    private static boolean indexAgrees(int port, List<String> words, AcknowledgedWrites.Found found, long marked)
            throws Exception {
        for (String word : words) {
            JsonNode answer = JourneyTestSupport.json(JourneyTestSupport.get(port, "/api/search?q=" + word).body());
            boolean hit = false;
            for (JsonNode h : answer.path("hits")) {
                hit |= found.slug().equals(h.path("slug").asString(""));
            }
            if (hit != (found != null && found.isPublic())) {
                return false;
            }
        }
        return markedInSearch(port) == marked;
    }

    private static long markedInSearch(int port) throws Exception {
        return JourneyTestSupport.json(JourneyTestSupport.get(port, "/api/search?q=" + WriteSequence.MARKER).body())
                .path("total").asLong(-1);
    }

    private static void untilBlockLoaded(PortalProcess portal) throws Exception {
        long start = System.nanoTime();
        while (JourneyTestSupport.get(portal.port(), "/bloki/" + WriteSequence.BLOCK).statusCode() != 200) {
            assertThat(System.nanoTime() - start).as("the content is loaded").isLessThan(120_000_000_000L);
            Thread.sleep(200);
        }
    }

    /** Files an unfinished upload leaves: anything in the incoming folder, partial copies in the store's root. */
    static List<Path> temporaryFiles(Path data) throws Exception {
        List<Path> out = new ArrayList<>();
        for (Path dir : List.of(data.resolve("incoming"), data.resolve("files"))) {
            if (Files.isDirectory(dir)) {
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir,
                        p -> Files.isRegularFile(p) && !p.getFileName().toString().matches("[0-9a-f]{64}"))) {
                    entries.forEach(out::add);
                }
            }
        }
        return out;
    }

    /** The catalogue's structure alone (vocabularies, organisations, areas, blocks): a quick first start. */
    private static Path structureOf(Path content, Path target) throws Exception {
        try (Stream<Path> all = Files.walk(content)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                Path relative = content.relativize(p);
                String name = p.getFileName().toString();
                if (relative.getNameCount() == 1 || relative.startsWith("vocabularies") || name.equals("area.md")
                        || name.equals("block.md")) {
                    Files.createDirectories(target.resolve(relative).getParent());
                    Files.copy(p, target.resolve(relative));
                }
            }
        }
        return target;
    }

    private Map<String, String> medians() {
        Map<String, String> out = new TreeMap<>();
        answerMillis.forEach((kind, ms) -> out.put(kind, String.format(java.util.Locale.ROOT, "%.0f",
                ms.stream().sorted().toList().get(ms.size() / 2))));
        return out;
    }
}
