package pl.innowacje.katalog.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.extractor.DocumentSelector;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;

/**
 * Reads one file at a time with one Tika parser built once, under explicit limits: characters kept, compression ratio
 * and nesting depth (zip bombs). It runs inside an extraction worker process ({@link ExtractionWorker}), which the
 * portal stops when a parse overruns its time or memory, so nothing here needs a clock.
 *
 * <p>Only the text a reader sees is kept (see {@link PageCollector} and {@link ReaderText}). A file that is damaged or
 * cut off, but of which some text could be read, is kept as PARTIAL with the reason, never as read in full.
 */
final class TikaExtractor {

    /** The languages a catalogue here meets; fewer models load faster and confuse less. */
    private static final Set<String> LANGUAGES = Set.of("pl", "en", "de", "fr", "es", "it", "uk", "ru", "cs", "sk",
            "lt", "be", "hu", "pt", "nl");
    private static final int LANGUAGE_SAMPLE = 4_000;

    private final AutoDetectParser parser;
    /**
     * One detector, used by one thread at a time (it keeps the text it is given): its models take tens of megabytes,
     * and a few thousand characters are told apart in about a millisecond.
     */
    private final LanguageDetector languages;
    private final int maxCharacters;
    private final int charactersPerSection;
    private final String ocrLanguages;

    TikaExtractor(int maxCharacters, int charactersPerSection, String ocrLanguages) {
        this.maxCharacters = maxCharacters;
        this.charactersPerSection = charactersPerSection;
        this.ocrLanguages = ocrLanguages;
        this.parser = new AutoDetectParser(TikaConfig.getDefaultConfig());
        AutoDetectParserConfig config = new AutoDetectParserConfig();
        config.setMaximumCompressionRatio(100);
        config.setMaximumDepth(100);
        config.setMaximumPackageEntryDepth(10);
        config.setOutputThreshold(10_000_000);
        parser.setAutoDetectParserConfig(config);
        try {
            this.languages = new OptimaizeLangDetector().loadModels(LANGUAGES);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("language models cannot be loaded", e);
        }
    }

    /** The type by content alone: a name proves nothing about what a file is. */
    String detect(Path file) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return parser.getDetector().detect(in, new Metadata()).getBaseType().toString();
        }
    }

    /** The text layer, page by page. */
    Extraction text(Path file, String fileName) {
        return read(file, fileName, false);
    }

    /** The text recognised from rendered page images (PDFs without a usable text layer). */
    Extraction recognise(Path file, String fileName) {
        Extraction e = read(file, fileName, true);
        if (e.status() == ExtractionStatus.EMPTY) {
            return new Extraction(e.mediaType(), ExtractionStatus.EMPTY, ExtractionReason.NO_TEXT_LAYER,
                    "optical character recognition found no text", null, e.pages());
        }
        if (e.status() == ExtractionStatus.OK || e.status() == ExtractionStatus.PARTIAL
                || e.status() == ExtractionStatus.GARBLED) {
            return new Extraction(e.mediaType(), ExtractionStatus.OCR, ExtractionReason.RECOGNISED,
                    "text recognised from page images (" + ocrLanguages + ")", e.language(), e.pages());
        }
        return e;
    }

    private Extraction read(Path file, String fileName, boolean ocr) {
        Metadata metadata = new Metadata();
        PageCollector pages = new PageCollector(maxCharacters);
        try {
            if (Files.size(file) == 0) {
                return Extraction.failed("application/octet-stream", ExtractionReason.EMPTY_FILE, "the file is empty");
            }
            if (ZipBombs.expandsTooFar(file)) {
                return Extraction.failed(detect(file), ExtractionReason.ZIP_BOMB,
                        "the file expands far beyond its size (a zip bomb); it was not read");
            }
            boolean complete = parse(file, metadata, pages, ocr);
            String type = mediaType(metadata, file);
            Stop stop = !complete ? new Stop(ExtractionReason.TOO_LONG,
                    "text longer than " + maxCharacters + " characters; the rest was not read")
                    : PdfEnding.cutOff(type, file) ? new Stop(ExtractionReason.TRUNCATED, PdfEnding.CUT_OFF) : null;
            return judge(type, pages, stop);
        } catch (StackOverflowError e) {
            return Extraction.failed(mediaType(metadata, file), ExtractionReason.UNREADABLE,
                    "the document is nested too deeply to read");
        } catch (Exception e) {
            String type = mediaType(metadata, file);
            Extraction failed = failure(type, e);
            // A damaged file often gives its first pages before the parser gives up: they are kept, marked partial.
            if (failed.reason() == ExtractionReason.UNREADABLE && !pages.pages(charactersPerSection, false).isEmpty()) {
                Stop stop = PdfEnding.cutOff(type, file)
                        ? new Stop(ExtractionReason.TRUNCATED, PdfEnding.CUT_OFF + "; " + failed.detail())
                        : new Stop(ExtractionReason.DAMAGED, failed.detail());
                return judge(type, pages, stop);
            }
            return failed;
        }
    }

    /** Why reading stopped short of the whole text; null when it did not. */
    private record Stop(ExtractionReason reason, String detail) {
    }

    /** The type the parser detected, or a detection of its own when the parse never got that far. */
    private String mediaType(Metadata metadata, Path file) {
        String detected = metadata.get(Metadata.CONTENT_TYPE);
        if (detected != null) {
            return MediaType.parse(detected).getBaseType().toString();
        }
        try {
            return detect(file);
        } catch (IOException | RuntimeException e) {
            return "application/octet-stream";
        }
    }

    /** Returns false when the character limit stopped the reading. */
    private boolean parse(Path file, Metadata metadata, PageCollector pages, boolean ocr) throws Exception {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(ocr ? PDFParserConfig.OCR_STRATEGY.OCR_ONLY : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        // Word and PowerPoint files are streamed, not loaded whole: memory stays flat for a long handbook, and a part
        // that inflates a thousandfold is caught by the compression-ratio limit before it fills the heap.
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        office.setUseSAXPptxExtractor(true);
        context.set(OfficeParserConfig.class, office);
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        // Images inside documents are never sent to OCR while reading the text layer: only whole scanned pages are.
        tesseract.setSkipOcr(!ocr);
        tesseract.setLanguage(ocrLanguages);
        context.set(TesseractOCRConfig.class, tesseract);
        context.set(Parser.class, parser);
        // Parts of a package are read as text, but not their names, nor the parts no reader sees (stylesheets,
        // scripts, an EPUB's package and navigation files), and HTML navigation is dropped like its scripts.
        ParsingEmbeddedDocumentExtractor embedded = new ParsingEmbeddedDocumentExtractor(context);
        embedded.setWriteFileNameToContent(false);
        context.set(EmbeddedDocumentExtractor.class, embedded);
        context.set(DocumentSelector.class, ReaderText::isReaderText);
        context.set(HtmlMapper.class, ReaderText.HTML);
        try (InputStream in = TikaInputStream.get(file)) {
            parser.parse(in, pages, metadata, context);
            return true;
        } catch (Exception e) {
            // The collector's own stop, however deeply the parser wrapped it.
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof PageCollector.LimitReached) {
                    return false;
                }
            }
            throw e;
        }
    }

    private Extraction judge(String mediaType, PageCollector collector, Stop stop) {
        List<String> pages = collector.pages(charactersPerSection, TextUnit.of(mediaType) == TextUnit.PAGE);
        String all = String.join("\n", pages);
        if (all.isBlank()) {
            return new Extraction(mediaType, ExtractionStatus.EMPTY, ExtractionReason.NO_TEXT_LAYER,
                    "no text layer (a scan or an image)", null, pages);
        }
        String language = language(all);
        if (TextQuality.looksGarbled(all)) {
            return new Extraction(mediaType, ExtractionStatus.GARBLED, ExtractionReason.GARBLED,
                    "text looks garbled (a damaged font map, for instance)", language, pages);
        }
        if (stop != null) {
            return new Extraction(mediaType, ExtractionStatus.PARTIAL, stop.reason(), stop.detail(), language, pages);
        }
        return new Extraction(mediaType, ExtractionStatus.OK, null, null, language, pages);
    }

    /** A few thousand characters tell the language as well as the whole text, at a fraction of the time. */
    private String language(String text) {
        String sample = text.length() > LANGUAGE_SAMPLE ? text.substring(0, LANGUAGE_SAMPLE) : text;
        synchronized (languages) {
            languages.reset();
            languages.addText(sample);
            LanguageResult result = languages.detect();
            return result.isUnknown() ? null : result.getLanguage();
        }
    }

    /** The known hostile or broken cases by name, otherwise the deepest cause in a line. */
    private static Extraction failure(String mediaType, Throwable t) {
        Throwable deepest = t;
        for (Throwable c = t; c != null; c = c.getCause()) {
            String name = c.getClass().getSimpleName();
            String message = c.getMessage() == null ? "" : c.getMessage().toLowerCase(Locale.ROOT);
            if (name.contains("EncryptedDocument") || message.contains("password")) {
                return Extraction.failed(mediaType, ExtractionReason.ENCRYPTED, "the document is encrypted");
            }
            if (message.contains("zip bomb")) {
                return Extraction.failed(mediaType, ExtractionReason.ZIP_BOMB,
                        "the file expands far beyond its size (a zip bomb); it was not read");
            }
            if (name.contains("ZeroByteFile")) {
                return Extraction.failed(mediaType, ExtractionReason.EMPTY_FILE, "the file is empty");
            }
            deepest = c;
        }
        String text = (deepest.getClass().getSimpleName() + ": " + (deepest.getMessage() == null ? ""
                : deepest.getMessage())).replaceAll("\\s+", " ");
        return Extraction.failed(mediaType, ExtractionReason.UNREADABLE,
                text.length() > 500 ? text.substring(0, 500) : text);
    }
}
