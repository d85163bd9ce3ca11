package pl.innowacje.katalog.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pl.innowacje.katalog.system.PortalProperties;

/**
 * Files made to hurt: each ends in a recorded outcome with a reason, the type comes from the content and not the
 * name, and the extractor keeps working for the next file. The fixtures are built here, so nothing hostile is kept
 * in the repository.
 */
class HostileFilesTest {

    private static TikaExtractor extractor;

    @BeforeAll
    static void oneExtractor() {
        extractor = new TikaExtractor(new PortalProperties(Path.of("target/unused"),
                new PortalProperties.Content(Path.of("content"), false),
                new PortalProperties.Extraction(Duration.ofSeconds(30), 5_000_000, 3000, 2),
                new PortalProperties.Search("", Duration.ofSeconds(1))));
    }

    private static void stillWorks() {
        Extraction ok = extractor.extract(Path.of("content/zatrudnienie-i-integracja-spoleczna/"
                + "wspolpraca-instytucji-rynku-pracy-pomocy-i-integracji-spolecznej/mapa-problemow-spolecznych/"
                + "instrukcja-mapy-problemow.pdf"), "instrukcja.pdf");
        assertThat(ok.status()).isEqualTo(ExtractionStatus.OK);
    }

    @Test
    void aZipBombInADocumentEndsInARecordedOutcome(@TempDir Path dir) throws Exception {
        Path bomb = dir.resolve("raport.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
                    + "package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>").getBytes());
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>").getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            zip.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    .concat("wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes());
            for (int i = 0; i < 300; i++) {
                zip.write(spaces);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes());
        }
        assertThat(Files.size(bomb)).isLessThan(2_000_000);
        Extraction e = extractor.extract(bomb, "raport.docx");
        assertThat(e.status()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(e.message()).isEqualTo("the file expands far beyond its size (a zip bomb); it was not read");
        stillWorks();
    }

    @Test
    void anEncryptedPdfIsRecordedAsEncrypted(@TempDir Path dir) throws Exception {
        Path locked = dir.resolve("zaszyfrowany.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(locked.toFile());
        }
        Extraction e = extractor.extract(locked, "zaszyfrowany.pdf");
        assertThat(e.mediaType()).isEqualTo("application/pdf");
        assertThat(e.status()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(e.message()).isEqualTo("the document is encrypted");
        stillWorks();
    }

    @Test
    void anExecutableNamedPdfIsKnownByItsContent(@TempDir Path dir) throws Exception {
        Path fake = dir.resolve("podrecznik.pdf");
        try (OutputStream out = Files.newOutputStream(fake)) {
            Files.copy(Path.of("/bin/true"), out);
        }
        Extraction e = extractor.extract(fake, "podrecznik.pdf");
        // /bin/true is a position-independent ELF binary, which Tika names a shared library.
        assertThat(e.mediaType()).isIn("application/x-executable", "application/x-sharedlib");
        assertThat(e.status()).isNotEqualTo(ExtractionStatus.OK);
        stillWorks();
    }

    @Test
    void aParseThatRunsOverItsTimeIsStoppedAndRecorded(@TempDir Path dir) throws Exception {
        TikaExtractor impatient = new TikaExtractor(new PortalProperties(Path.of("target/unused"),
                new PortalProperties.Content(Path.of("content"), false),
                new PortalProperties.Extraction(Duration.ofMillis(1), 5_000_000, 3000, 1),
                new PortalProperties.Search("", Duration.ofSeconds(1))));
        Extraction e = impatient.extract(Path.of("content/zatrudnienie-i-integracja-spoleczna/"
                + "wspolpraca-instytucji-rynku-pracy-pomocy-i-integracji-spolecznej/express-do-zatrudnienia/"
                + "podrecznik-wdrozenia.pdf"), "podrecznik-wdrozenia.pdf");
        assertThat(e.status()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(e.message()).startsWith("parsing took longer than");
        impatient.destroy();
        stillWorks();
    }
}
