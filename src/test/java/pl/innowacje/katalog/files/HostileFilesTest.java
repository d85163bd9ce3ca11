package pl.innowacje.katalog.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import pl.innowacje.katalog.system.PortalProperties;

/**
 * Files made to hurt, read the way the portal reads them: in a worker process with a time and a memory limit. Each
 * ends in a recorded outcome with its reason, the type comes from the content and not the name, and the next real
 * handbook is still read. Recognition of scans is off here (see ScannedDocumentsTest for it).
 */
class HostileFilesTest {

    private static final Path HANDBOOK = Path.of("content/zatrudnienie-i-integracja-spoleczna/"
            + "wspolpraca-instytucji-rynku-pracy-pomocy-i-integracji-spolecznej/mapa-problemow-spolecznych/"
            + "instrukcja-mapy-problemow.pdf");

    private static TestSettings.Parts parts;

    @BeforeAll
    static void workers() {
        parts = TestSettings.parts(Duration.ofSeconds(60), DataSize.ofMegabytes(512), "off");
    }

    @AfterAll
    static void stop() {
        parts.close();
    }

    private static void stillWorks(TestSettings.Parts with) {
        Extraction ok = with.extractor().extract(HANDBOOK, "instrukcja.pdf");
        assertThat(ok.status()).isEqualTo(ExtractionStatus.OK);
        assertThat(String.join(" ", ok.pages())).contains("Mapa problemów");
    }

    @Test
    void aZipBombInADocumentIsNamedAndNotRead(@TempDir Path dir) throws Exception {
        Path bomb = Fixtures.zipBombDocx(dir);
        assertThat(Files.size(bomb)).isLessThan(2_000_000);
        Extraction e = parts.extractor().extract(bomb, "raport.docx");
        assertThat(e.status()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(e.reason()).isEqualTo(ExtractionReason.ZIP_BOMB);
        stillWorks(parts);
    }

    @Test
    void anEncryptedPdfIsRecordedAsEncrypted(@TempDir Path dir) throws Exception {
        Extraction e = parts.extractor().extract(Fixtures.encryptedPdf(dir), "zaszyfrowany.pdf");
        assertThat(e.mediaType()).isEqualTo("application/pdf");
        assertThat(e.status()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(e.reason()).isEqualTo(ExtractionReason.ENCRYPTED);
        stillWorks(parts);
    }

    /** Cut off before any page: nothing to keep, so a failure rather than a partial text. */
    @Test
    void aPdfCutOffBeforeItsFirstPageEndsAsARecordedFailure(@TempDir Path dir) throws Exception {
        Extraction e = parts.extractor().extract(Fixtures.truncatedPdf(dir), "uciety.pdf");
        assertThat(e.mediaType()).isEqualTo("application/pdf");
        assertThat(e.status()).isIn(ExtractionStatus.FAILED, ExtractionStatus.EMPTY);
        assertThat(e.reason()).isIn(ExtractionReason.UNREADABLE, ExtractionReason.NO_TEXT_LAYER);
        assertThat(e.detail()).isNotBlank();
        stillWorks(parts);
    }

    @Test
    void aPdfCutOffPartWayKeepsTheTextBeforeTheCutAsPartialWithItsReason(@TempDir Path dir) throws Exception {
        Extraction e = parts.extractor().extract(BrokenPdfs.cutOff(dir), "przerwane-pobieranie.pdf");
        assertThat(e.mediaType()).isEqualTo("application/pdf");
        assertThat(e.status()).isEqualTo(ExtractionStatus.PARTIAL);
        assertThat(e.reason()).isEqualTo(ExtractionReason.TRUNCATED);
        assertThat(e.detail()).contains("cut off");
        assertThat(e.hasUsableText()).isTrue();
        assertThat(e.pages()).hasSize(3);
        for (int page = 1; page <= 3; page++) {
            assertThat(e.pages().get(page - 1)).contains(Fixtures.SENTENCES.get(0)).endsWith("Strona " + page);
        }
        stillWorks(parts);
    }

    @Test
    void aPdfWithAnUnreadablePageKeepsTheOtherPagesAsPartialWithItsReason(@TempDir Path dir) throws Exception {
        Extraction e = parts.extractor().extract(BrokenPdfs.damagedFont(dir), "uszkodzona-czcionka.pdf");
        assertThat(e.status()).isEqualTo(ExtractionStatus.PARTIAL);
        assertThat(e.reason()).isEqualTo(ExtractionReason.DAMAGED);
        assertThat(e.detail()).contains("descendant font");
        assertThat(e.pages()).hasSize(3);
        assertThat(e.pages().get(0)).endsWith("Strona 1");
        assertThat(e.pages().get(1)).doesNotContain("Strona 2");
        assertThat(e.pages().get(2)).endsWith("Strona 3");
        stillWorks(parts);
    }

    @Test
    void anExecutableNamedPdfIsKnownByItsContent(@TempDir Path dir) throws Exception {
        Path fake = Fixtures.executableNamedPdf(dir);
        // /bin/true is a position-independent ELF binary, which Tika names a shared library.
        assertThat(parts.extractor().detect(fake)).isIn("application/x-executable", "application/x-sharedlib");
        Extraction e = parts.extractor().extract(fake, "podrecznik.pdf");
        assertThat(e.mediaType()).isIn("application/x-executable", "application/x-sharedlib");
        assertThat(e.hasUsableText()).isFalse();
        stillWorks(parts);
    }

    @Test
    void aPdfWithABrokenFontMapIsFlaggedAsGarbled(@TempDir Path dir) throws Exception {
        Extraction e = parts.extractor().extract(Fixtures.garbledPdf(dir), "zepsute-czcionki.pdf");
        assertThat(e.status()).isEqualTo(ExtractionStatus.GARBLED);
        assertThat(e.reason()).isEqualTo(ExtractionReason.GARBLED);
        assertThat(e.pages()).hasSize(2);
        stillWorks(parts);
    }

    @Test
    void aScanWithoutOcrIsRecordedAsHavingNoTextLayer(@TempDir Path dir) throws Exception {
        Extraction e = parts.extractor().extract(Fixtures.scannedPdf(dir, java.util.List.of("Strona skanu")),
                "skan.pdf");
        assertThat(e.status()).isEqualTo(ExtractionStatus.EMPTY);
        assertThat(e.reason()).isEqualTo(ExtractionReason.NO_TEXT_LAYER);
        stillWorks(parts);
    }

    @Test
    void aParseOverItsTimeIsStoppedAndTheNextFileGetsAFreshWorker(@TempDir Path dir) throws Exception {
        try (TestSettings.Parts impatient = TestSettings.parts(Duration.ofMillis(1), DataSize.ofMegabytes(512),
                "off")) {
            Extraction e = impatient.extractor().extract(HANDBOOK, "instrukcja.pdf");
            assertThat(e.status()).isEqualTo(ExtractionStatus.FAILED);
            assertThat(e.reason()).isEqualTo(ExtractionReason.TIMEOUT);
            // The type is still known: it is detected again, apart from the parse that was stopped.
            assertThat(e.mediaType()).isEqualTo("application/pdf");
        }
        stillWorks(parts);
    }

    /** Plain Polish text of 60 million characters, held in memory as a worker reads it: far beyond 128 MB. */
    private static Path huge(Path dir) throws java.io.IOException {
        Path huge = dir.resolve("ogromny.txt");
        String line = "Współpraca ośrodków pomocy społecznej z urzędami pracy przynosi trwałe efekty.\n";
        try (var out = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
            for (int written = 0; written < 60_000_000; written += line.length()) {
                out.write(line);
            }
        }
        return huge;
    }

    @Test
    void aFileThatTakesDownAWorkerItSharesCostsTheOtherFileNothing(@TempDir Path dir) throws Exception {
        Path huge = huge(dir);
        PortalProperties two = TestSettings.extraction(Duration.ofSeconds(60), DataSize.ofMegabytes(128), "off", 2);
        try (TestSettings.Parts shared = TestSettings.parts(two)) {
            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var hostile = pool.submit(() -> shared.extractor().extract(huge, "ogromny.txt"));
                var handbook = pool.submit(() -> shared.extractor().extract(HANDBOOK, "instrukcja.pdf"));

                assertThat(handbook.get().status()).isEqualTo(ExtractionStatus.OK);
                assertThat(handbook.get().pages()).isNotEmpty();
                assertThat(hostile.get().reason()).isEqualTo(ExtractionReason.OUT_OF_MEMORY);
            } finally {
                pool.shutdown();
            }
            stillWorks(shared);
        }
    }

    @Test
    void twoFilesAtOnceAreReadInOneWorker(@TempDir Path dir) throws Exception {
        PortalProperties two = TestSettings.extraction(Duration.ofSeconds(60), DataSize.ofMegabytes(512), "off", 2);
        try (TestSettings.Parts shared = TestSettings.parts(two)) {
            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                List<java.util.concurrent.Future<Extraction>> reads = new java.util.ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    reads.add(pool.submit(() -> shared.extractor().extract(HANDBOOK, "instrukcja.pdf")));
                }
                for (var read : reads) {
                    assertThat(read.get().status()).isEqualTo(ExtractionStatus.OK);
                }
            } finally {
                pool.shutdown();
            }
            assertThat(shared.workers().started()).isEqualTo(1);
        }
    }

    @Test
    void aFileThatNeedsMoreMemoryThanAllowedStopsOnlyItsWorker(@TempDir Path dir) throws Exception {
        Path huge = huge(dir);
        try (TestSettings.Parts small = TestSettings.parts(Duration.ofSeconds(60), DataSize.ofMegabytes(128),
                "off")) {
            Extraction e = small.extractor().extract(huge, "ogromny.txt");
            assertThat(e.status()).isEqualTo(ExtractionStatus.FAILED);
            assertThat(e.reason()).isEqualTo(ExtractionReason.OUT_OF_MEMORY);
            assertThat(e.mediaType()).isEqualTo("text/plain");
            stillWorks(small);
        }
    }
}
