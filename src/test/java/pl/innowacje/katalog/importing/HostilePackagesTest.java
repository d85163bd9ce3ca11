package pl.innowacje.katalog.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import pl.innowacje.katalog.JourneyTestSupport;
import pl.innowacje.katalog.publishing.Actor;

/**
 * Hostile and broken packages are refused as a whole, with a message, and change nothing: not the catalogue, not
 * the file store, not the disk outside the package's own folder.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"portal.content.load-on-start=false", "portal.upload.max-size=5MB"})
class HostilePackagesTest {

    static final Path DATA = JourneyTestSupport.tempDataDir("hostile-packages");
    static final Actor ADMIN = new Actor("administrator", true, false, List.of());
    /** A symbolic link's mode in a ZIP's Unix attributes. */
    static final int SYMLINK = 0120777;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("portal.data-dir", DATA::toString);
    }

    @Autowired
    PackageImport imports;

    @Autowired
    JdbcClient jdbc;

    Path work;
    PackageImportTest.CatalogueState before;

    @BeforeEach
    void setUp() throws IOException {
        work = Files.createTempDirectory(DATA, "hostile-");
        before = PackageImportTest.CatalogueState.of(jdbc);
    }

    private String refused(Path pkg) throws IOException {
        LoadReport report = imports.run(pkg, pkg.getFileName().toString(), ADMIN, false);
        assertThat(report.failed()).as("refused").isTrue();
        assertThat(report.rows()).as("nothing written").noneMatch(r -> r.outcome() != LoadReport.Outcome.REJECTED);
        assertThat(PackageImportTest.CatalogueState.of(jdbc)).as("the catalogue is as it was").isEqualTo(before);
        return report.text(report.failure(), Locale.ENGLISH);
    }

    @Test
    void anEntryThatClimbsOutOfThePackageIsRefusedAndWritesNothingOutside() throws Exception {
        Path zip = ContentPackages.zipWith(work.resolve("slip.zip"), "paczka/../../ucieczka.txt",
                "x".getBytes(StandardCharsets.UTF_8), 0, "UTF-8");
        assertThat(refused(zip)).isEqualTo("A path in the archive leads out of the package (“paczka/../../ucieczka.txt”).");
        assertThat(DATA.resolve("ucieczka.txt")).doesNotExist();
        assertThat(DATA.resolve("incoming/ucieczka.txt")).doesNotExist();
    }

    @Test
    void anAbsolutePathIsRefused() throws Exception {
        Path zip = ContentPackages.zipWith(work.resolve("absolute.zip"), "/tmp/katalog-absolutny.txt",
                "x".getBytes(StandardCharsets.UTF_8), 0, "UTF-8");
        assertThat(refused(zip)).startsWith("A path in the archive is absolute");
        assertThat(Path.of("/tmp/katalog-absolutny.txt")).doesNotExist();
    }

    @Test
    void aSymbolicLinkInAZipOrInAFolderIsRefused() throws Exception {
        Path zip = ContentPackages.zipWith(work.resolve("link.zip"), "paczka/hasla.txt",
                "/etc/passwd".getBytes(StandardCharsets.UTF_8), SYMLINK, "UTF-8");
        assertThat(refused(zip)).startsWith("The package holds a symbolic link");

        Path folder = ContentPackages.folderPackage(work.resolve("z-linkiem"));
        Files.createSymbolicLink(folder.resolve("obszar-z-paczki/blok-z-paczki/rozwiazanie-z-paczki/inny.txt"),
                Path.of("/etc/hostname"));
        assertThat(refused(folder)).startsWith("The package holds a symbolic link");
    }

    @Test
    void aZipBombIsRefusedWhileItUnpacksWhateverItsHeadersClaim() throws Exception {
        Path zip = ContentPackages.bomb(work.resolve("bomb.zip"), 64L << 20);
        assertThat(Files.size(zip)).isLessThan(1 << 20);
        assertThat(refused(zip)).isEqualTo("The file “paczka/zera.txt” in the package is too large: at most 5 MB.");
        try (var left = Files.list(DATA.resolve("incoming"))) {
            assertThat(left).as("the unpacked part is removed").isEmpty();
        }
    }

    @Test
    void namesAndSpreadsheetsNotInUtf8AreRefused() throws Exception {
        Path zip = ContentPackages.zipWith(work.resolve("cp852.zip"), "paczka/różne.txt",
                "x".getBytes(StandardCharsets.UTF_8), 0, "Cp852");
        assertThat(refused(zip)).startsWith("The file names in the archive are not in UTF-8");

        Path sheet = work.resolve("windows.csv");
        Files.writeString(sheet, PackageImportTest.HEADER + "ąę-slug;Zażółć;;DRAFT;blok\n",
                Charset.forName("windows-1250"));
        assertThat(refused(sheet)).isEqualTo("The spreadsheet “windows.csv” is not encoded in UTF-8. Save it as "
                + "“CSV UTF-8” or as XLSX.");
    }

    @Test
    void aFormulaInACsvCellOrAnXlsxCellIsRefused() throws Exception {
        Path csv = work.resolve("formula.csv");
        Files.writeString(csv, "slug,title,status,block\nrozwiazanie,\"=HYPERLINK(\"\"http://example.com\"\")\",DRAFT,b\n",
                StandardCharsets.UTF_8);
        assertThat(refused(csv)).isEqualTo("The cell in row 2, column “title” holds a formula (it starts with “=”). "
                + "An import spreadsheet may hold values only.");

        Path xlsx = work.resolve("formula.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            XSSFSheet sheet = workbook.createSheet("rozwiazania");
            XSSFRow header = sheet.createRow(0);
            List<String> columns = List.of("slug", "title", "status", "block");
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i));
            }
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue("rozwiazanie");
            row.createCell(1).setCellFormula("CONCATENATE(\"a\",\"b\")");
            row.createCell(2).setCellValue("DRAFT");
            row.createCell(3).setCellValue("blok");
            workbook.write(out);
        }
        assertThat(refused(xlsx)).startsWith("The cell in row 2, column “title” holds a formula");
    }

    @Test
    void somethingThatIsNotAPackageIsRefusedWithWhatIsExpected() throws Exception {
        Path pdf = Files.writeString(work.resolve("podrecznik.pdf"), "%PDF-1.4\n");
        assertThat(refused(pdf)).startsWith("This is not a package");
        Path broken = Files.writeString(work.resolve("uszkodzony.zip"), "PK nie całkiem");
        assertThat(refused(broken)).isEqualTo("This is not a valid ZIP archive.");
        Path unknownColumn = Files.writeString(work.resolve("kolumny.csv"), "slug,title,status,block,kolor\n"
                + "a,b,DRAFT,c,zielony\n");
        assertThat(refused(unknownColumn)).startsWith("Unknown columns: kolor.");
    }
}
