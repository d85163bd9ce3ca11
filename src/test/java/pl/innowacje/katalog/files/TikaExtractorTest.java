package pl.innowacje.katalog.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extraction on the real handbook files shipped in content/, and on broken ones made here. */
class TikaExtractorTest {

    private static final Path BLOCK = Path.of("content/zatrudnienie-i-integracja-spoleczna/"
            + "wspolpraca-instytucji-rynku-pracy-pomocy-i-integracji-spolecznej");

    private static TikaExtractor extractor;

    @BeforeAll
    static void oneParserForAll() {
        extractor = new TikaExtractor(50_000_000, 3000, "pol+eng");
    }

    @Test
    void pdfTextComesPageByPageInPolish() {
        Path pdf = BLOCK.resolve("model-wspolpracy-z-lokalnymi-sojusznikami/podrecznik-modelu.pdf");
        Extraction e = extractor.text(pdf, "podrecznik-modelu.pdf");
        assertThat(e.mediaType()).isEqualTo("application/pdf");
        assertThat(e.status()).isEqualTo(ExtractionStatus.OK);
        assertThat(e.language()).isEqualTo("pl");
        assertThat(e.pages()).hasSize(8);
        assertThat(e.pages().get(0)).contains("Model współpracy instytucji", "sojusznikami");
        // The handbook's own footer numbers each page, so page N of the list is page N of the document.
        assertThat(e.pages().get(3)).contains("str. 4");
    }

    @Test
    void englishHandbookIsDetectedAsEnglish() {
        Extraction e = extractor.text(BLOCK.resolve("express-do-zatrudnienia/express-to-employment.pdf"),
                "express-to-employment.pdf");
        assertThat(e.language()).isEqualTo("en");
        assertThat(String.join(" ", e.pages())).contains("The operator earns nothing for a participant who merely");
    }

    @Test
    void docxAndOdtAreSplitIntoSectionsAtParagraphs() {
        Extraction docx = extractor.text(BLOCK.resolve("powiatowe-rady-zatrudnienia/poradnik-dla-czlonkow-rady.docx"),
                "poradnik.docx");
        assertThat(docx.mediaType()).isEqualTo(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.status()).isEqualTo(ExtractionStatus.OK);
        assertThat(docx.pages().size()).isGreaterThan(2);
        assertThat(docx.pages()).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(3000 + 2000));
        assertThat(String.join("\n", docx.pages())).contains("Posiedzenie rady, które nie kończy się ani jedną");

        Extraction odt = extractor.text(BLOCK.resolve(
                "modelowy-system-na-rzecz-integracji-spolecznej/podrecznik-partnerstwa-lokalnego.odt"), "p.odt");
        assertThat(odt.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(String.join("\n", odt.pages())).contains("Indywidualny plan działania, którego osoba nie podpisała");
    }

    /** Every sentence a reader sees, in reading order, and nothing the reader does not see. */
    private static void onlyTheReaderText(Extraction e) {
        String text = String.join("\n", e.pages());
        assertThat(text).containsSubsequence(WebDocumentFixtures.READER_TEXT);
        assertThat(text).doesNotContain(WebDocumentFixtures.STYLE_MARKER, WebDocumentFixtures.STYLE_CLASS_MARKER,
                WebDocumentFixtures.SCRIPT_MARKER, WebDocumentFixtures.TITLE_MARKER, WebDocumentFixtures.NAV_MARKER,
                WebDocumentFixtures.NCX_MARKER, "serif", "{", "Początek", "xhtml", "mimetype", "epub+zip");
        // A chapter's heading once, from the chapter: not again from the table of contents.
        assertThat(text.split(java.util.regex.Pattern.quote(WebDocumentFixtures.READER_TEXT[0]), -1)).hasSize(2);
    }

    @Test
    void fromHtmlOnlyTheBodyTextIsKeptWithoutStylesScriptsOrTitle(@TempDir Path dir) throws Exception {
        Extraction e = extractor.text(WebDocumentFixtures.html(dir), "podrecznik.html");
        assertThat(e.mediaType()).isEqualTo("text/html");
        assertThat(e.status()).isEqualTo(ExtractionStatus.OK);
        assertThat(e.language()).isEqualTo("pl");
        onlyTheReaderText(e);
    }

    @Test
    void fromAnEpubOnlyTheChaptersAreKeptWithoutNavigationStylesScriptsOrTitles(@TempDir Path dir) throws Exception {
        Extraction e = extractor.text(WebDocumentFixtures.epub(dir), "podrecznik.epub");
        assertThat(e.mediaType()).isEqualTo("application/epub+zip");
        assertThat(e.status()).isEqualTo(ExtractionStatus.OK);
        onlyTheReaderText(e);
        assertThat(TextUnit.of(e.mediaType())).isEqualTo(TextUnit.SECTION);
    }

    @Test
    void anEpubPackedAsAPlainZipGivesItsChaptersWithoutPartNamesOrPackageFiles(@TempDir Path dir) throws Exception {
        Extraction e = extractor.text(WebDocumentFixtures.epubInAFolder(dir), "podrecznik.epub");
        assertThat(e.mediaType()).isEqualTo("application/zip");
        assertThat(e.status()).isEqualTo(ExtractionStatus.OK);
        onlyTheReaderText(e);
    }

    @Test
    void anEmptyFileIsRecordedWithItsReason(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.pdf"), new byte[0]);
        Extraction e = extractor.text(empty, "empty.pdf");
        assertThat(e.status()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(e.reason()).isEqualTo(ExtractionReason.EMPTY_FILE);
        assertThat(e.pages()).isEmpty();
    }

    @Test
    void aTextLongerThanTheLimitIsKeptUpToItAndMarkedPartial() {
        TikaExtractor small = new TikaExtractor(2_000, 3000, "pol+eng");
        Extraction e = small.text(BLOCK.resolve("model-wspolpracy-z-lokalnymi-sojusznikami/podrecznik-modelu.pdf"),
                "podrecznik-modelu.pdf");
        assertThat(e.status()).isEqualTo(ExtractionStatus.PARTIAL);
        assertThat(e.reason()).isEqualTo(ExtractionReason.TOO_LONG);
        assertThat(String.join("", e.pages()).length()).isBetween(1_500, 2_000);
    }

    @Test
    void garbledTextIsFlagged() {
        String garbled = "ÔÒ¾ ¿½ ÒÓ " + "\uE001\uE002\uE003 ".repeat(100);
        assertThat(TextQuality.looksGarbled(garbled)).isTrue();
        assertThat(TextQuality.looksGarbled("Współpraca instytucji rynku pracy z organizacjami pozarządowymi. "
                .repeat(10))).isFalse();
        // Ukrainian is a language of its own, not garbled Polish.
        assertThat(TextQuality.looksGarbled("Співпраця центрів соціальної допомоги з центрами зайнятості дає "
                + "тривалі результати для людей, які довго шукають роботу. ".repeat(10))).isFalse();
    }

    @Test
    void sectionsBreakAtParagraphsNearTheGivenSize() {
        List<String> sections = PageCollector.sections("a".repeat(2000) + "\n" + "b".repeat(2000) + "\n" + "c", 3000);
        assertThat(sections).hasSize(2);
        assertThat(sections.get(1)).startsWith("b").endsWith("c");
    }
}
