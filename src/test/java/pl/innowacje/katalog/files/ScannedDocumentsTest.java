package pl.innowacje.katalog.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/**
 * Optical character recognition of PDFs without a usable text layer, with Tesseract and its Polish data (CI installs
 * tesseract-ocr-pol; without it these tests fail rather than pass unseen: exclude the group {@code ocr} to skip).
 */
@Tag("ocr")
class ScannedDocumentsTest {

    private static TestSettings.Parts parts;

    @BeforeAll
    static void workers() {
        parts = TestSettings.parts(Duration.ofSeconds(60), DataSize.ofMegabytes(512), "auto");
        assertThat(new Tesseract(TestSettings.extraction(Duration.ofSeconds(1), DataSize.ofMegabytes(64), "auto"))
                .available()).as("tesseract with the pol and eng languages on the path").isTrue();
    }

    @AfterAll
    static void stop() {
        parts.close();
    }

    @Test
    void aScannedPdfIsReadPageByPageInPolish(@TempDir Path dir) throws Exception {
        Path scan = Fixtures.scannedPdf(dir, List.of(
                "Współpraca ośrodków pomocy społecznej\nz powiatowymi urzędami pracy",
                "Zespół przygotowuje indywidualny plan\ndziałania dla każdej osoby"));
        Extraction e = parts.extractor().extract(scan, "skan.pdf");
        assertThat(e.status()).isEqualTo(ExtractionStatus.OCR);
        assertThat(e.reason()).isEqualTo(ExtractionReason.RECOGNISED);
        assertThat(e.language()).isEqualTo("pl");
        assertThat(e.pages()).hasSize(2);
        assertThat(e.pages().get(0)).contains("Współpraca ośrodków pomocy społecznej", "urzędami pracy");
        assertThat(e.pages().get(1)).contains("indywidualny plan", "działania");
    }

    @Test
    void aPdfWithABrokenFontMapIsReadFromItsPageImages(@TempDir Path dir) throws Exception {
        Extraction e = parts.extractor().extract(Fixtures.garbledPdf(dir), "zepsute-czcionki.pdf");
        assertThat(e.status()).isEqualTo(ExtractionStatus.OCR);
        assertThat(e.pages()).hasSize(2);
        assertThat(e.pages().get(0)).contains("powiatowym urzedem pracy", "Strona 1");
    }
}
