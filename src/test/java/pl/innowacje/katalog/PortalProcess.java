package pl.innowacje.katalog;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real portal in a JVM of its own (this test run's classes and libraries), on a data folder that outlives it:
 * started, killed with SIGKILL ({@link Process#destroyForcibly()} on Linux), and started again on the same data.
 */
final class PortalProcess {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "kill-test-admin-1";

    private final Process process;
    private final int port;

    private PortalProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the portal and returns once it answers {@code /actuator/health} with UP. */
    static PortalProcess start(Path data, Path content, List<String> extraArguments) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "pl.innowacje.katalog.PortalApplication", "--portal.data-dir=" + data.toAbsolutePath(),
                "--portal.content.dir=" + content.toAbsolutePath(), "--server.port=" + port,
                "--portal.admin.username=" + ADMIN, "--portal.admin.password=" + ADMIN_PASSWORD,
                "--portal.extraction.threads=1", "--logging.level.root=WARN"));
        command.addAll(extraArguments);
        Path log = data.resolve("portal.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                if (JourneyTestSupport.get(port, "/actuator/health").body().contains("UP")) {
                    return new PortalProcess(p, port);
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("the portal stopped while starting; see " + log);
            }
            Thread.sleep(100);
        }
        p.destroyForcibly().waitFor();
        throw new IllegalStateException("the portal did not start in 3 minutes; see " + log);
    }

    int port() {
        return port;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL, and waits until the process is gone: no shutdown hook, no flush, no clean close of anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
