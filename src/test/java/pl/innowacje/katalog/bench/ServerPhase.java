package pl.innowacje.katalog.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal as it runs in production: its jar in a JVM of its own on the benchmark's data folder. Measures start-up
 * with the full index, search through /api/search, and the heap after a full GC.
 */
final class ServerPhase implements AutoCloseable {

    private static final Pattern SERVER_TIMING = Pattern.compile("dur=([0-9.]+)");
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final Process process;
    private final int port;
    private final double startupSeconds;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    ServerPhase(Path jar, Path dataDir, Path log) throws Exception {
        this.port = freePort();
        long start = System.nanoTime();
        this.process = new ProcessBuilder(javaBin(), "-jar", jar.toString(), "--portal.data-dir=" + dataDir.toAbsolutePath(),
                "--portal.content.load-on-start=false", "--server.port=" + port, "--logging.level.root=WARN",
                // The load comes from one address: per-client limits would measure the limit, not the portal.
                "--portal.limits.enabled=false")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        while (!healthy()) {
            if (!process.isAlive() || System.nanoTime() - start > 600_000_000_000L) {
                throw new IllegalStateException("the portal did not start; see " + log);
            }
            Thread.sleep(50);
        }
        this.startupSeconds = Stats.round((System.nanoTime() - start) / 1e9);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private boolean healthy() {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("UP");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    double startupSeconds() {
        return startupSeconds;
    }

    record ApiRun(List<Double> roundTrip, List<Double> server, int errors) {
    }

    /**
     * One client, one kept-alive connection, blocking I/O: the plainest client, so the round trip measures the portal
     * and not the client's own thread hand-offs (java.net.http added several milliseconds on 2 busy cores).
     */
    ApiRun search(List<QueryMix.Query> queries, int repeats) throws Exception {
        return timed(queries.stream().map(q -> "/api/search?" + q.parameters()).toList(), repeats);
    }

    /** What the search box asks while someone types: each query's first letters, then more of them. */
    ApiRun suggest(List<QueryMix.Query> queries, int repeats) throws Exception {
        List<String> paths = new ArrayList<>();
        for (QueryMix.Query q : queries) {
            String text = q.text().replace("\"", "");
            for (int length : new int[] {3, 5, text.length()}) {
                if (length <= text.length()) {
                    paths.add("/api/suggest?q=" + java.net.URLEncoder.encode(text.substring(0, length),
                            java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return timed(paths, repeats);
    }

    /** Each path once to warm up, then {@code repeats} times timed; the server's own time from Server-Timing. */
    private ApiRun timed(List<String> paths, int repeats) throws Exception {
        List<Double> roundTrip = new ArrayList<>();
        List<Double> server = new ArrayList<>();
        int errors = 0;
        for (int pass = 0; pass <= repeats; pass++) {
            for (String path : paths) {
                long start = System.nanoTime();
                java.net.HttpURLConnection c = (java.net.HttpURLConnection) uri(path).toURL().openConnection();
                int status = c.getResponseCode();
                try (java.io.InputStream body = status == 200 ? c.getInputStream() : c.getErrorStream()) {
                    if (body != null) {
                        body.readAllBytes();
                    }
                }
                double ms = (System.nanoTime() - start) / 1e6;
                if (status != 200) {
                    errors++;
                }
                if (pass > 0) {
                    roundTrip.add(ms);
                    String timing = c.getHeaderField("Server-Timing");
                    Matcher m = SERVER_TIMING.matcher(timing == null ? "" : timing);
                    if (m.find()) {
                        server.add(Double.parseDouble(m.group(1)));
                    }
                }
            }
        }
        return new ApiRun(roundTrip, server, errors);
    }

    /** Heap in use after a full collection, in MB, read with jcmd from the JDK. */
    double heapAfterGcMb() throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(jcmd, Long.toString(process.pid()), "GC.run");
        String info = run(jcmd, Long.toString(process.pid()), "GC.heap_info");
        Matcher m = HEAP_USED.matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("jcmd GC.heap_info gave no heap figure: " + info);
        }
        return Stats.round(Long.parseLong(m.group(1)) / 1024.0);
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    int port() {
        return port;
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
