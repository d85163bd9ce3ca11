package pl.innowacje.katalog.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.yaml.snakeyaml.Yaml;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of one run, in the order measured, with the time each step took and what failed; written as
 * report.json (keys stable across runs, see bench/README.md) and report.md (each figure beside its comparison and
 * target).
 */
final class Report {

    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final Map<String, Object> steps = new LinkedHashMap<>();
    private final Map<String, Object> machine = new LinkedHashMap<>();
    private final Map<String, String> failures = new LinkedHashMap<>();

    Report(BenchOptions o) {
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("java", System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        figures.put("corpus", o.corpus().toString());
        figures.put("threads", o.threads());
    }

    void put(String key, Object value) {
        figures.put(key, value);
    }

    void machine(String key, Object value) {
        machine.put(key, value);
    }

    /** Runs a step and records its wall time; a failed step is recorded and the run goes on. */
    <T> T step(String name, Callable<T> work) {
        long start = System.nanoTime();
        try {
            return work.call();
        } catch (Exception e) {
            failures.put(name, e.toString());
            System.err.println("bench step " + name + " failed: " + e);
            return null;
        } finally {
            steps.put(name + "_s", Stats.round((System.nanoTime() - start) / 1e9));
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, List<String>> codes() throws Exception {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String v : List.of("users", "problems", "regions")) {
            List<Map<String, Object>> entries = new Yaml().load(Files.readString(
                    Path.of("content/vocabularies", v + ".yml")));
            out.put(v, entries.stream().map(e -> String.valueOf(e.get("code"))).toList());
        }
        return out;
    }

    Path write(Path dir) throws Exception {
        Files.createDirectories(dir);
        Map<String, Object> all = new LinkedHashMap<>(figures);
        all.put("steps", steps);
        all.put("machine", machine);
        all.put("failures", failures);
        Path json = dir.resolve("report.json");
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Files.writeString(json, mapper.writeValueAsString(all), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.md"), ReportMarkdown.render(all), StandardCharsets.UTF_8);
        return json;
    }
}
