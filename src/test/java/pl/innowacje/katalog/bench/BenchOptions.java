package pl.innowacje.katalog.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The benchmark's parameters, from {@code --name=value} arguments; see bench/README.md. */
record BenchOptions(Path corpus, int solutions, int files, Path out, Path work, int threads, int loadSeconds,
        int repeats, String mysqlServer, Path jar, boolean searchOnly,
        boolean extractionOnly) {

    static BenchOptions parse(String... args) {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("arguments are --name=value, got: " + arg);
            }
            a.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        if (!a.containsKey("corpus")) {
            throw new IllegalArgumentException("--corpus=DIR is required (a folder of documents; see bench/README.md)");
        }
        return new BenchOptions(Path.of(a.get("corpus")),
                Integer.parseInt(a.getOrDefault("solutions", "100000")),
                Integer.parseInt(a.getOrDefault("files", "5000")),
                Path.of(a.getOrDefault("out", "target/bench")),
                Path.of(a.getOrDefault("work", "target/bench-work")),
                Integer.parseInt(a.getOrDefault("threads", "2")),
                Integer.parseInt(a.getOrDefault("load-seconds", "30")),
                Integer.parseInt(a.getOrDefault("repeats", "3")),
                a.getOrDefault("mysql", "jdbc:mysql://127.0.0.1:3306/"),
                Path.of(a.getOrDefault("jar", "target/katalog-innowacji-0.1.0-SNAPSHOT.jar")),
                Boolean.parseBoolean(a.getOrDefault("search-only", "false")),
                Boolean.parseBoolean(a.getOrDefault("extraction-only", "false")));
    }
}
