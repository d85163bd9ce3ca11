package pl.innowacje.katalog.bench;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

/**
 * A newcomer's first start: the jar on an empty data folder with the shipped catalogue ({@code content/}), as the
 * README's run command does. Times, from the process's start: the port open; every published record searchable
 * (published or in development: the search without words counts them all); every handbook searchable (each "handbook-only" query of the judged
 * set, whose words are only in a handbook, finds its solution with a passage from a file). The two later figures are
 * also given from the port's opening, as a visitor meets them.
 */
final class FirstStart {

    private static final Path JUDGED = Path.of("src/test/resources/relevance/catalogue.tsv");
    private static final long LIMIT_NANOS = Duration.ofMinutes(5).toNanos();

    private FirstStart() {
    }

    /**
     * The first start alone, for before/after comparisons of a change: {@code FirstStart JAR [TIMES]} from the
     * repository's top prints one line of figures per start.
     */
    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("first-start");
        int times = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (int i = 0; i < times; i++) {
            System.out.println(measure(Path.of(args[0]), work));
        }
        FileSystemUtils.deleteRecursively(work);
    }

    static Map<String, Object> measure(Path jar, Path work) throws Exception {
        Path data = work.resolve("first-start");
        FileSystemUtils.deleteRecursively(data);
        Files.createDirectories(data);
        int published = publicRecords(Path.of("content"));
        List<String[]> handbookOnly = handbookOnlyQueries();
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--portal.data-dir=" + data.toAbsolutePath(), "--server.port=" + port,
                "--portal.limits.enabled=false", "--logging.level.root=WARN")
                .redirectErrorStream(true).redirectOutput(data.resolve("portal.log").toFile()).start();
        try {
            double portOpen = until(start, process, () -> portOpen(port));
            double records = until(start, process, () -> total(http, port, "") == published);
            double handbooks = until(start, process, () -> handbookOnly.stream()
                    .allMatch(q -> foundInAFile(http, port, q[0], q[1])));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("port_open_s", portOpen);
            out.put("records_s", Stats.round(records - portOpen));
            out.put("handbooks_s", Stats.round(handbooks - portOpen));
            out.put("published_records", published);
            out.put("handbook_queries", handbookOnly.size());
            return out;
        } finally {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private interface Check {
        boolean done() throws Exception;
    }

    /** Seconds from {@code start} until the check holds, asked every 20 ms. */
    private static double until(long start, Process process, Check check) throws Exception {
        while (!check.done()) {
            if (!process.isAlive() || System.nanoTime() - start > LIMIT_NANOS) {
                throw new IllegalStateException("the first start did not get there; see its portal.log");
            }
            Thread.sleep(20);
        }
        return Stats.round((System.nanoTime() - start) / 1e9);
    }

    private static boolean portOpen(int port) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String get(HttpClient http, int port, String pathAndQuery) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? r.body() : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static int total(HttpClient http, int port, String q) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"total\":(\\d+)")
                .matcher(get(http, port, "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** The query finds the solution on its first page, with a passage from one of its files. */
    private static boolean foundInAFile(HttpClient http, int port, String query, String slugs) {
        String body = get(http, port, "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        for (String hit : body.split("\\{\"id\":")) {
            for (String slug : slugs.split(" ")) {
                if (hit.contains("\"slug\":\"" + slug + "\"") && hit.matches("(?s).*\"file\":\\d.*")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int publicRecords(Path content) throws IOException {
        try (Stream<Path> walk = Files.walk(content)) {
            List<Path> records = walk.filter(p -> p.getFileName().toString().equals("solution.md")).toList();
            int n = 0;
            for (Path p : records) {
                if (Files.readString(p).lines().anyMatch(l -> l.equals("status: PUBLISHED")
                        || l.equals("status: IN_DEVELOPMENT"))) {
                    n++;
                }
            }
            return n;
        }
    }

    private static List<String[]> handbookOnlyQueries() throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(JUDGED)) {
            String[] cells = line.split("\t");
            if (cells.length >= 3 && cells[0].equals("handbook-only")) {
                out.add(new String[] {cells[1], cells[2]});
            }
        }
        return out;
    }
}
