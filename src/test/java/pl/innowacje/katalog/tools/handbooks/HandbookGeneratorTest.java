package pl.innowacje.katalog.tools.handbooks;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pl.innowacje.katalog.tools.handbooks.HandbookWriter.Written;

class HandbookGeneratorTest {

    private static final String TITLE = "Podręcznik wdrożenia „Łódź dla wszystkich”";
    private static final String ORGANISATION = "Fundacja Źródło";
    private static final String CHAPTER_1 = "Rozdział pierwszy: zażółć gęślą jaźń";
    private static final String CHAPTER_2 = "Rozdział drugi – żółw i ćma";
    private static final String BODY = """
            # %s
            Pierwszy akapit z polskimi znakami: źdźbło, łódź, pięść.
            Ciąg dalszy tego samego akapitu.

            - Punkt listy: ćma i żółw
            - Drugi punkt & <znaczniki>

            ## Podrozdział ąćęłńóśźż

            # %s
            Zażółć gęślą jaźń – ostatni akapit: definicja, efekt, afirmacja.
            """.formatted(CHAPTER_1, CHAPTER_2);

    /** Expected extracted text; whitespace is normalised because each format wraps lines differently. */
    private static final List<String> EXPECTED_TEXT = List.of(
            TITLE, ORGANISATION, CHAPTER_1,
            "Pierwszy akapit z polskimi znakami: źdźbło, łódź, pięść. Ciąg dalszy tego samego akapitu.",
            "Punkt listy: ćma i żółw", "Drugi punkt & <znaczniki>", "Podrozdział ąćęłńóśźż",
            CHAPTER_2, "Zażółć gęślą jaźń – ostatni akapit: definicja, efekt, afirmacja.");

    private static final FontFiles FONTS = FontFiles.configured();

    @TempDir
    Path temp;

    @Test
    void pdfHasTitlePageAndOnePagePerChapterWithPolishText() throws Exception {
        assumeTrue(FONTS.available(), "font not installed: " + FONTS.regular());
        Written pdf = generate("pdf");

        assertEquals(OptionalInt.of(3), pdf.pages());
        Metadata metadata = new Metadata();
        String text = extract(pdf.path(), metadata);
        assertContainsAll(text);
        assertEquals("3", metadata.get("xmpTPg:NPages"));
        assertEquals(TITLE, metadata.get(TikaCoreProperties.TITLE));
        assertEquals(ORGANISATION, metadata.get(TikaCoreProperties.CREATOR));

        try (PDDocument document = Loader.loadPDF(pdf.path().toFile())) {
            assertEquals("pl-PL", document.getDocumentCatalog().getLanguage());
            assertEquals(Instant.parse("2024-03-15T00:00:00Z"),
                    document.getDocumentInformation().getCreationDate().toInstant());
            String page2 = pageText(document, 2);
            String page3 = pageText(document, 3);
            assertTrue(page2.startsWith(CHAPTER_1), page2);
            assertTrue(page2.endsWith("str. 2"), page2);
            assertFalse(page2.contains(CHAPTER_2), page2);
            assertTrue(page3.startsWith(CHAPTER_2), page3);
            assertTrue(page3.endsWith("str. 3"), page3);
            String glyphs = drawnCharacters(document);
            assertTrue(glyphs.contains("definicja,efekt,afirmacja."), glyphs);
        }
    }

    @Test
    void docxHasHeadingStylesChapterBreaksAndPolishText() throws Exception {
        Written docx = generate("docx");

        Metadata metadata = new Metadata();
        String text = extract(docx.path(), metadata);
        assertContainsAll(text);
        assertEquals(TITLE, metadata.get(TikaCoreProperties.TITLE));
        assertEquals(ORGANISATION, metadata.get(TikaCoreProperties.CREATOR));

        try (InputStream in = Files.newInputStream(docx.path()); XWPFDocument document = new XWPFDocument(in)) {
            List<XWPFParagraph> chapters = document.getParagraphs().stream()
                    .filter(p -> DocxStyles.HEADING_1.equals(p.getStyle())).toList();
            assertEquals(List.of(CHAPTER_1, CHAPTER_2), chapters.stream().map(XWPFParagraph::getText).toList());
            assertTrue(chapters.stream().allMatch(XWPFParagraph::isPageBreak));
            assertEquals("heading 1", document.getStyles().getStyle(DocxStyles.HEADING_1).getName());
            assertEquals(Instant.parse("2024-03-15T00:00:00Z"),
                    document.getProperties().getCoreProperties().getCreated().toInstant());
        }
    }

    @Test
    void odtIsValidPackageWithHeadingsAndPolishText() throws Exception {
        Written odt = generate("odt");

        Metadata metadata = new Metadata();
        String text = extract(odt.path(), metadata);
        assertContainsAll(text);
        assertEquals(TITLE, metadata.get(TikaCoreProperties.TITLE));
        assertEquals("application/vnd.oasis.opendocument.text", metadata.get(Metadata.CONTENT_TYPE));

        try (ZipFile zip = new ZipFile(odt.path().toFile())) {
            ZipEntry first = zip.entries().nextElement();
            assertEquals("mimetype", first.getName());
            assertEquals(ZipEntry.STORED, first.getMethod());
            assertEquals(OdtStyles.MIME_TYPE, new String(zip.getInputStream(first).readAllBytes(), UTF_8));
            String content = new String(zip.getInputStream(zip.getEntry("content.xml")).readAllBytes(), UTF_8);
            assertTrue(content.contains("<text:h text:style-name=\"Chapter\" text:outline-level=\"1\">" + CHAPTER_1 + "<text:s/></text:h>"));
            assertTrue(content.contains("Drugi punkt &amp; &lt;znaczniki&gt;"));
        }
    }

    @Test
    void regeneratingGivesIdenticalBytes() throws Exception {
        List<String> formats = FONTS.available() ? List.of("odt", "docx", "pdf") : List.of("odt", "docx");
        Map<String, byte[]> first = new HashMap<>();
        for (String format : formats) {
            first.put(format, Files.readAllBytes(generate(format).path()));
        }
        // Zip times have a 2-second resolution; waiting longer makes any use of the clock visible.
        Thread.sleep(2100);
        for (String format : formats) {
            assertArrayEquals(first.get(format), Files.readAllBytes(generate(format).path()), format);
        }
    }

    @Test
    void malformedSourceNamesFileAndLine() {
        HandbookParser parser = new HandbookParser();
        String front = "---\noutput: content/a/b/c/x.pdf\ntitle: T\n---\n";

        HandbookFormatException tooDeep = assertThrows(HandbookFormatException.class,
                () -> parser.parse(front + "# A\n### B\n", "x.md"));
        assertEquals("x.md:6: only '#' and '##' headings are supported, got level 3", tooDeep.getMessage());

        HandbookFormatException noFrontMatter = assertThrows(HandbookFormatException.class,
                () -> parser.parse("# A\n", "y.md"));
        assertEquals("y.md:1: expected front matter starting with '---' on the first line", noFrontMatter.getMessage());

        HandbookFormatException badOutput = assertThrows(HandbookFormatException.class,
                () -> parser.parse("---\noutput: ../x.txt\ntitle: T\n---\n# A\n", "z.md"));
        assertEquals("z.md:2: output must be a normalised path relative to the repository root, got '../x.txt'",
                badOutput.getMessage());
    }

    /** Writes one source (plus a README that must be ignored) and generates it into a fresh root. */
    private Written generate(String extension) throws IOException {
        Path sources = Files.createDirectories(temp.resolve("sources-" + extension));
        Files.writeString(sources.resolve("README.md"), "# Not a handbook\n", UTF_8);
        Files.writeString(sources.resolve("handbook.md"), """
                ---
                output: content/obszar/blok/rozwiazanie/podrecznik.%s
                title: "%s"
                subtitle: Wersja testowa
                organisation: %s
                language: pl
                date: 2024-03-15
                ---
                %s""".formatted(extension, TITLE.replace("\"", "\\\""), ORGANISATION, BODY), UTF_8);
        Path root = temp.resolve("root-" + extension + "-" + System.nanoTime());
        List<Written> written = new HandbookGenerator(FONTS).generate(sources, root);
        assertEquals(1, written.size());
        assertEquals(root.resolve("content/obszar/blok/rozwiazanie/podrecznik." + extension), written.get(0).path());
        return written.get(0);
    }

    /** Each expected fragment must stand alone, not fused with neighbouring words. */
    private static void assertContainsAll(String text) {
        String padded = " " + text + " ";
        assertAll(EXPECTED_TEXT.stream().map(expected ->
                () -> assertTrue(padded.contains(" " + expected + " "), expected + " in " + text)));
    }

    private static String extract(Path file, Metadata metadata) throws Exception {
        BodyContentHandler handler = new BodyContentHandler(-1);
        try (InputStream in = TikaInputStream.get(file)) {
            new AutoDetectParser().parse(in, handler, metadata, new ParseContext());
        }
        return normalise(handler.toString());
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return normalise(stripper.getText(document));
    }

    /**
     * The characters behind the drawn glyphs, before PDFBox's extraction folds ligatures back to
     * letters: other extractors (pdftotext) would return "ﬁ" for a ligature glyph.
     */
    private static String drawnCharacters(PDDocument document) throws IOException {
        StringBuilder drawn = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                positions.forEach(position -> drawn.append(position.getUnicode()));
            }
        };
        stripper.getText(document);
        return drawn.toString().replace(" ", "");
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
