package pl.innowacje.katalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * kill -9 at an arbitrary moment after a committed change: the next start brings the index back in line with the
 * database with no manual step. The portal runs in a JVM of its own (this test's classpath), is killed with SIGKILL
 * right after a workflow step, and restarted on the same data folder each round.
 */
class CrashRecoveryTest {

    private static final String SLUG = "express-do-zatrudnienia";

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static Process start(Path data, int port) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "pl.innowacje.katalog.PortalApplication",
                "--portal.data-dir=" + data.toAbsolutePath(), "--server.port=" + port,
                "--portal.admin.username=admin", "--portal.admin.password=crash-test-admin-1",
                "--logging.level.root=WARN")
                .redirectErrorStream(true).redirectOutput(data.resolve("portal.log").toFile()).start();
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                if (JourneyTestSupport.get(port, "/actuator/health").body().contains("UP")) {
                    return p;
                }
            } catch (IOException notYet) {
                // still starting
            }
            assertThat(p.isAlive()).as("the portal is starting; see %s", data.resolve("portal.log")).isTrue();
            Thread.sleep(100);
        }
        throw new IllegalStateException("the portal did not start in time");
    }

    private static boolean searchable(int port) throws Exception {
        return JourneyTestSupport.get(port, "/api/search?q=" + JourneyTestSupport.encode("Express do zatrudnienia"))
                .body().contains("\"slug\":\"" + SLUG + "\"");
    }

    @Test
    void afterAKillAtAnyMomentTheNextStartCatchesTheIndexUp() throws Exception {
        Path data = JourneyTestSupport.tempDataDir("crash");
        Random random = new Random(3);
        List<String> steps = List.of("WITHDRAW", "REOPEN", "SUBMIT", "PUBLISH");
        int port = freePort();
        Process portal = start(data, port);
        for (String action : steps) {
            StaffBrowser admin = new StaffBrowser(port);
            admin.login("admin", "crash-test-admin-1");
            long id = Long.parseLong(JourneyTestSupport.json(JourneyTestSupport.get(port,
                    "/api/search?q=" + JourneyTestSupport.encode("Express do zatrudnienia")).body())
                    .path("hits").path(0).path("id").asString("0"));
            if (id == 0) {
                id = idFromStaffList(admin);
            }
            String page = "/admin/rozwiazania/" + id;
            String current = admin.get(page).body();
            if (!current.contains("value=\"" + action + "\"")) {
                continue; // a step lost with the previous kill leaves the solution where this one does not apply
            }
            HttpResponse<String> done = admin.post(page + "/krok", Map.of("action", action,
                    "reason", "test awarii", "_csrf", admin.csrf(page)));
            assertThat(done.statusCode()).isEqualTo(302);
            Thread.sleep(random.nextInt(40));
            portal.destroyForcibly().waitFor();

            port = freePort();
            portal = start(data, port);
            // Whatever the database kept (the embedded one may lose the last fraction of a second of commits), the
            // index agrees with it after the restart, without any manual step.
            boolean publicInDatabase = JourneyTestSupport.get(port, "/rozwiazania/" + SLUG).statusCode() == 200;
            assertThat(searchable(port)).as("search after %s and a kill", action).isEqualTo(publicInDatabase);
        }
        portal.destroyForcibly().waitFor();
    }

    private static long idFromStaffList(StaffBrowser admin) throws Exception {
        String list = admin.get("/admin/rozwiazania").body();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("href=\"/admin/rozwiazania/(\\d+)\">Express do zatrudnienia<").matcher(list);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
