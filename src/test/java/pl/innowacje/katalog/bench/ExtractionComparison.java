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
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;

/**
 * What the portal's extraction is compared with, on the same files and the same number of threads: Tika on its own
 * (one parser, plain text, nothing stored) and, for the PDFs, pdftotext (the practical limit). Tika alone follows
 * the portal's OCR policy, so that both sides do the same work whatever the machine has installed: the text layer
 * first, images inside documents never recognised, and whole pages sent to Tesseract only for a file without text.
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
        boolean ocr = tesseractInstalled();
        java.util.concurrent.atomic.AtomicInteger recognised = new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> all = new ArrayList<>();
            for (Path f : files) {
                all.add(pool.submit(() -> {
                    if (read(parser, f, false).isBlank() && ocr) {
                        recognised.incrementAndGet();
                        read(parser, f, true);
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
        out.put("ocr_files", recognised.get());
        return out;
    }

    /** Whether Tesseract with Polish is here: the portal then recognises pages of files without a text layer. */
    static boolean tesseractInstalled() {
        if (!onPath("tesseract")) {
            return false;
        }
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return p.waitFor() == 0 && out.lines().anyMatch("pol"::equals);
        } catch (Exception e) {
            return false;
        }
    }

    /** The text of a file, read as the portal reads it: text layer only, or whole pages through OCR. */
    static String read(AutoDetectParser parser, Path file, boolean ocr) throws Exception {
        BodyContentHandler text = new BodyContentHandler(-1);
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, text, new Metadata(), context(ocr));
        }
        return text.toString();
    }

    static ParseContext context(boolean ocr) {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(ocr ? PDFParserConfig.OCR_STRATEGY.OCR_ONLY : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        tesseract.setSkipOcr(!ocr);
        tesseract.setLanguage("pol+eng");
        context.set(TesseractOCRConfig.class, tesseract);
        return context;
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
