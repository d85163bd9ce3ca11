package pl.innowacje.katalog.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on HTML pages over loopback, 16 connections, bounded in time: with wrk when it is installed (it costs the 2
 * cores least), otherwise with a Java client doing the same. The pages are asked in the order given (drawn by the
 * caller, with Zipf's law), each answer checked for its status.
 */
final class HtmlLoad {

    private HtmlLoad() {
    }

    /** Requests {@code paths} in their order, over and over, for {@code seconds}; {@code name} names wrk's files. */
    static Map<String, Object> run(int port, List<String> paths, int seconds, Path work, String name)
            throws Exception {
        return ExtractionComparison.onPath("wrk") ? wrk(port, paths, seconds, work, name)
                : java(port, paths, seconds);
    }

    private static Map<String, Object> wrk(int port, List<String> paths, int seconds, Path work, String name)
            throws Exception {
        StringBuilder lua = new StringBuilder("paths = {");
        for (String p : paths) {
            lua.append('"').append(p.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",");
        }
        lua.append("}\ncounter = 0\nrequest = function()\n  counter = counter + 1\n")
                .append("  return wrk.format(\"GET\", paths[(counter % #paths) + 1])\nend\n");
        Path script = work.resolve(name + ".lua");
        Files.writeString(script, lua, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("wrk", "-t2", "-c16", "-d" + seconds + "s", "--latency", "-s",
                script.toString(), "http://127.0.0.1:" + port).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Files.writeString(work.resolve(name + "-wrk.txt"), out);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("tool", "wrk -t2 -c16 -d" + seconds + "s");
        r.put("rps", number(out, "Requests/sec:\\s+([0-9.]+)"));
        double non2xx = number(out, "Non-2xx or 3xx responses:\\s+(\\d+)");
        double socket = 0;
        double timeouts = 0;
        Matcher m = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
                .matcher(out);
        if (m.find()) {
            for (int i = 1; i <= 4; i++) {
                socket += Double.parseDouble(m.group(i));
            }
            timeouts = Double.parseDouble(m.group(4));
        }
        r.put("errors", (long) (non2xx + socket));
        // Requests wrk gave up on after its 2 s: counted among the errors, and also apart, since they measure time.
        r.put("timeouts", (long) timeouts);
        r.put("latency_p50_ms", millis(out, "50%"));
        r.put("latency_p99_ms", millis(out, "99%"));
        return r;
    }

    private static double number(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static double millis(String out, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + "\\s+([0-9.]+)(us|ms|s)").matcher(out);
        if (!m.find()) {
            return 0;
        }
        double v = Double.parseDouble(m.group(1));
        return Stats.round(switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        });
    }

    private static Map<String, Object> java(int port, List<String> paths, int seconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Thread> clients = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < 16; c++) {
            int offset = c;
            Thread t = new Thread(() -> {
                int i = offset;
                while (System.nanoTime() < deadline) {
                    long s = System.nanoTime();
                    try {
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                + paths.get(i++ % paths.size()))).build(), HttpResponse.BodyHandlers.discarding());
                        (r.statusCode() == 200 ? ok : errors).incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add((System.nanoTime() - s) / 1e6);
                }
            });
            t.start();
            clients.add(t);
        }
        for (Thread t : clients) {
            t.join();
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("tool", "java client, 16 connections, " + seconds + " s (wrk not installed)");
        r.put("rps", Stats.perSecond(ok.get() + errors.get(), System.nanoTime() - start));
        r.put("errors", errors.get());
        Map<String, Object> p = Stats.percentiles(latencies);
        r.put("latency_p50_ms", p.get("p50"));
        r.put("latency_p99_ms", p.get("p99"));
        return r;
    }
}
