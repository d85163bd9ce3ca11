package pl.innowacje.katalog.bench;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * What the portal's extraction is compared with, on the same files and the same number of threads: Tika on its own
 * (one parser, plain text, nothing stored) and, for the PDFs, pdftotext (the practical limit).
 */
final class ExtractionComparison {

    private ExtractionComparison() {
    }

    static List<Path> documents(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".pdf") || n.endsWith(".docx") || n.endsWith(".odt") || n.endsWith(".html");
            }).sorted().toList();
        }
    }

    static Map<String, Object> tika(List<Path> files, int threads) throws Exception {
        AutoDetectParser parser = new AutoDetectParser();
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> all = new ArrayList<>();
            for (Path f : files) {
                all.add(pool.submit(() -> {
                    try (InputStream in = Files.newInputStream(f)) {
                        parser.parse(in, new BodyContentHandler(-1), new Metadata(), new ParseContext());
                    }
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        long nanos = System.nanoTime() - start;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("files", files.size());
        out.put("files_per_s", Stats.perSecond(files.size(), nanos));
        out.put("mb_per_s", Stats.round(bytes / 1e6 / (nanos / 1e9)));
        return out;
    }

    /** Null when pdftotext is not installed (poppler-utils). */
    static Double pdftotext(List<Path> files, int threads) throws Exception {
        List<Path> pdfs = files.stream().filter(f -> f.toString().endsWith(".pdf")).toList();
        if (pdfs.isEmpty() || !onPath("pdftotext")) {
            return null;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<Integer>> all = new ArrayList<>();
            for (Path f : pdfs) {
                all.add(pool.submit(() -> new ProcessBuilder("pdftotext", "-q", f.toString(), "-")
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor()));
            }
            for (Future<Integer> f : all) {
                f.get();
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        return Stats.perSecond(pdfs.size(), System.nanoTime() - start);
    }

    static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
