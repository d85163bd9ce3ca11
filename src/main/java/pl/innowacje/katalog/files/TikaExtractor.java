package pl.innowacje.katalog.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import pl.innowacje.katalog.system.PortalProperties;

/**
 * Reads a file's text with one Tika parser built at start-up. Every parse runs on its own thread with a deadline, under
 * explicit limits (characters, compression ratio, nesting), so a hostile file ends as a recorded failure and never
 * holds the caller: a parse that overruns is abandoned and its permit is returned.
 */
@Component
class TikaExtractor implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TikaExtractor.class);

    private final AutoDetectParser parser;
    /**
     * Detectors keep the text they are given, so each is used by one thread at a time: a small pool, filled on
     * demand, with models of the languages a catalogue here meets.
     */
    private final java.util.concurrent.BlockingQueue<LanguageDetector> languages =
            new java.util.concurrent.LinkedBlockingQueue<>();
    private final PortalProperties.Extraction limits;
    private final ExecutorService threads;
    private final Semaphore permits;

    TikaExtractor(PortalProperties properties) {
        this.limits = properties.extraction();
        this.parser = new AutoDetectParser(TikaConfig.getDefaultConfig());
        AutoDetectParserConfig config = new AutoDetectParserConfig();
        config.setMaximumCompressionRatio(100);
        config.setMaximumDepth(100);
        config.setMaximumPackageEntryDepth(10);
        config.setOutputThreshold(10_000_000);
        parser.setAutoDetectParserConfig(config);
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "extraction");
            t.setDaemon(true);
            return t;
        });
        this.permits = new Semaphore(Math.max(1, limits.threads()));
        // As many detectors as parses at once, loaded now rather than in the middle of the first files.
        for (int i = 0; i < Math.max(1, limits.threads()); i++) {
            languages.offer(languageDetector());
        }
    }

    private static LanguageDetector languageDetector() {
        try {
            return new OptimaizeLangDetector().loadModels(java.util.Set.of("pl", "en", "de", "fr", "es", "it", "uk",
                    "ru", "cs", "sk", "lt", "be", "hu", "pt", "nl"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("language models cannot be loaded", e);
        }
    }

    String detect(Path file, String fileName) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return parser.getDetector().detect(in, metadata).getBaseType().toString();
        }
    }

    Extraction extract(Path file, String fileName) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Extraction.failed(mediaType(new Metadata(), file, fileName), "interrupted");
        }
        PageCollector pages = new PageCollector(limits.maxCharacters());
        // The parser detects the type once and records it here; a second detection would cost as much again.
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        Future<String> parse = threads.submit(() -> parse(file, metadata, pages));
        try {
            String problem = parse.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
            return judge(mediaType(metadata, file, fileName), pages, problem);
        } catch (TimeoutException e) {
            parse.cancel(true);
            log.warn("extraction of {} stopped after {}", fileName, limits.timeout());
            return Extraction.failed(mediaType(metadata, file, fileName),
                    "parsing took longer than " + limits.timeout().toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            log.info("extraction of {} failed: {}", fileName, cause.toString());
            return Extraction.failed(mediaType(metadata, file, fileName), reason(cause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            parse.cancel(true);
            return Extraction.failed(mediaType(metadata, file, fileName), "interrupted");
        } finally {
            permits.release();
        }
    }

    /** The type the parser detected, or a detection of its own when the parse never got that far. */
    private String mediaType(Metadata metadata, Path file, String fileName) {
        String detected = metadata.get(Metadata.CONTENT_TYPE);
        if (detected != null) {
            return org.apache.tika.mime.MediaType.parse(detected).getBaseType().toString();
        }
        try {
            return detect(file, fileName);
        } catch (IOException | RuntimeException e) {
            return "application/octet-stream";
        }
    }

    /** Returns null when the whole text was read, or why it stopped early. */
    private String parse(Path file, Metadata metadata, PageCollector pages) throws Exception {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        context.set(Parser.class, parser);
        try (InputStream in = TikaInputStream.get(file)) {
            parser.parse(in, pages, metadata, context);
            return null;
        } catch (PageCollector.LimitReached e) {
            return "text longer than " + limits.maxCharacters() + " characters; the rest was not read";
        } catch (Exception e) {
            if (e.getCause() instanceof PageCollector.LimitReached) {
                return "text longer than " + limits.maxCharacters() + " characters; the rest was not read";
            }
            throw e;
        }
    }

    private Extraction judge(String mediaType, PageCollector collector, String problem) {
        List<String> pages = collector.pages(limits.charactersPerSection());
        String all = String.join("\n", pages);
        if (all.isBlank()) {
            return new Extraction(mediaType, ExtractionStatus.EMPTY, "no text layer (a scan or an image)", null, pages);
        }
        String language = language(all);
        if (TextQuality.looksGarbled(all)) {
            return new Extraction(mediaType, ExtractionStatus.GARBLED,
                    "text looks garbled (a damaged font map, for instance)", language, pages);
        }
        ExtractionStatus status = problem == null ? ExtractionStatus.OK : ExtractionStatus.PARTIAL;
        return new Extraction(mediaType, status, problem, language, pages);
    }

    /** A few thousand characters tell the language as well as the whole text, at a fraction of the time. */
    private String language(String text) {
        LanguageDetector detector = languages.poll();
        if (detector == null) {
            detector = languageDetector();
        }
        try {
            detector.reset();
            detector.addText(text.length() > 4_000 ? text.substring(0, 4_000) : text);
            LanguageResult result = detector.detect();
            return result.isUnknown() ? null : result.getLanguage();
        } finally {
            languages.offer(detector);
        }
    }

    /** A reason a person can read: the known hostile or broken cases by name, otherwise the deepest cause. */
    private static String reason(Throwable t) {
        Throwable deepest = t;
        for (Throwable c = t; c != null; c = c.getCause()) {
            String name = c.getClass().getSimpleName();
            String message = c.getMessage() == null ? "" : c.getMessage();
            if (name.contains("EncryptedDocument") || message.contains("password")) {
                return "the document is encrypted";
            }
            if (message.toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
                return "the file expands far beyond its size (a zip bomb); it was not read";
            }
            if (name.contains("ZeroByteFile")) {
                return "the file is empty";
            }
            deepest = c;
        }
        String text = (deepest.getClass().getSimpleName() + ": " + (deepest.getMessage() == null ? ""
                : deepest.getMessage())).replaceAll("\\s+", " ");
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}
