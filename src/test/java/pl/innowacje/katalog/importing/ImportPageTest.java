package pl.innowacje.katalog.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import pl.innowacje.katalog.JourneyTestSupport;
import pl.innowacje.katalog.StaffBrowser;
import pl.innowacje.katalog.admin.Role;
import pl.innowacje.katalog.admin.StaffAccounts;

/** The import page as staff use it: upload, read the dry run, import, download the report; others' packages stay theirs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.content.load-on-start=true")
class ImportPageTest {

    static final Path DATA = JourneyTestSupport.tempDataDir("import-page");
    private static final Pattern CONFIRM = Pattern.compile("action=\"(/admin/import/[0-9a-f-]{36})\"");

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("portal.data-dir", DATA::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    private StaffBrowser loggedIn(String username, Role role) throws Exception {
        accounts.create(username, username, "haslo-" + username + "-1", role);
        StaffBrowser browser = new StaffBrowser(port);
        browser.login(username, "haslo-" + username + "-1");
        return browser;
    }

    private static HttpResponse<String> upload(StaffBrowser browser, Path file) throws Exception {
        return browser.upload("/admin/import", Map.of("_csrf", browser.csrf("/admin/import")), "pliki", file,
                file.getFileName().toString(), Map.of());
    }

    @Test
    void anAdministratorChecksAZipImportsItAndDownloadsTheReport() throws Exception {
        StaffBrowser admin = loggedIn("importujacy-admin", Role.ADMIN);
        Path work = Files.createTempDirectory(DATA, "page-");
        Path zip = ContentPackages.zip(ContentPackages.folderPackage(work.resolve("paczka")),
                work.resolve("paczka.zip"));

        HttpResponse<String> dry = upload(admin, zip);
        assertThat(dry.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(dry.body());
        assertThat(page.select("h2#raport").text()).isEqualTo("Raport próby: paczka.zip");
        assertThat(page.select("tbody tr")).hasSize(4);
        assertThat(page.select("tbody tr").last().text())
                .isEqualTo("obszar-z-paczki/blok-z-paczki/rozwiazanie-z-paczki/solution.md rozwiązanie "
                        + "rozwiazanie-z-paczki zostanie utworzony");
        assertThat(admin.get("/rozwiazania/rozwiazanie-z-paczki").statusCode()).as("nothing yet").isEqualTo(404);
        Matcher confirm = CONFIRM.matcher(dry.body());
        assertThat(confirm.find()).isTrue();
        String action = confirm.group(1);

        StaffBrowser other = loggedIn("inna-administratorka", Role.ADMIN);
        assertThat(other.post(action, Map.of("_csrf", other.csrf("/admin/import"))).statusCode())
                .as("a package is its uploader's").isEqualTo(404);

        HttpResponse<String> done = admin.post(action, Map.of("_csrf", admin.csrf("/admin/import")));
        assertThat(Jsoup.parse(done.body()).select("p.notice[role=status]").text()).startsWith("Zaimportowano.");
        assertThat(admin.get("/rozwiazania/rozwiazanie-z-paczki").statusCode()).isEqualTo(200);
        HttpResponse<String> again = admin.post(action, Map.of("_csrf", admin.csrf("/admin/import")));
        assertThat(Jsoup.parse(again.body()).select("p.notice.error").text()).contains("już zaimportowana");

        HttpResponse<String> csv = admin.get(action + "/raport.csv");
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body().lines().findFirst().orElseThrow())
                .isEqualTo("\uFEFFwhere,kind,slug,outcome,field,reason_pl,reason_en,note_pl,note_en");
        assertThat(csv.body()).contains("rozwiazanie-z-paczki,CREATED");
    }

    @Test
    void anAdministratorDownloadsABlockAsAPackageAndAnUnknownBlockIsNotFound() throws Exception {
        StaffBrowser admin = loggedIn("eksportujacy-admin", Role.ADMIN);
        String block = "wspolpraca-instytucji-rynku-pracy-pomocy-i-integracji-spolecznej";
        assertThat(Jsoup.parse(admin.get("/admin/eksport").body()).select("option[value=blok:" + block + "]"))
                .hasSize(1);
        HttpResponse<byte[]> zip = admin.bytes("/admin/eksport/katalog.zip?zakres=blok:" + block);
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/zip");
        assertThat(zip.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"katalog-blok-" + block);
        List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                names.add(e.getName());
            }
        }
        assertThat(names).contains("zatrudnienie-i-integracja-spoleczna/" + block + "/block.md",
                "zatrudnienie-i-integracja-spoleczna/" + block + "/mapa-problemow-spolecznych/solution.md");
        assertThat(admin.get("/admin/eksport/katalog.zip?zakres=blok:nie-ma-takiego").statusCode()).isEqualTo(404);
    }

    @Test
    void aSpreadsheetWithABadRowShowsTheReasonAndOffersNoImport() throws Exception {
        StaffBrowser editor = loggedIn("importujaca-redaktorka", Role.EDITOR);
        Path sheet = Files.createTempDirectory(DATA, "sheet-").resolve("szkice.csv");
        Files.writeString(sheet, "slug,title,status,block\nszkic-ze-strony,Szkic ze strony,DRAFT,"
                + "wspolpraca-instytucji-rynku-pracy-pomocy-i-integracji-spolecznej\n"
                + "Zły Slug,Zły wiersz,DRAFT,wspolpraca-instytucji-rynku-pracy-pomocy-i-integracji-spolecznej\n",
                StandardCharsets.UTF_8);
        HttpResponse<String> dry = upload(editor, sheet);
        Document page = Jsoup.parse(dry.body());
        assertThat(page.select("p.notice.error").text())
                .isEqualTo("Odrzucono 1 rekord, więc niczego nie zaimportowano. Popraw je i zaimportuj paczkę ponownie.");
        assertThat(page.select("tbody tr").get(1).text()).isEqualTo("szkice.csv:3 rozwiązanie Zły Slug odrzucony "
                + "pole „slug”: identyfikator: małe litery ASCII, cyfry i łączniki, np. „mapa-problemow”.");
        assertThat(CONFIRM.matcher(dry.body()).find()).as("no import button").isFalse();
        assertThat(editor.get("/admin/import?lang=en").body()).contains("Import of packages and spreadsheets");
    }

    @Test
    void aSpreadsheetUploadedWithItsFilesFindsThemByTheFoldersItNames() throws Exception {
        StaffBrowser coordinator = loggedIn("importujacy-z-plikami", Role.ADMIN);
        Path work = Files.createTempDirectory(DATA, "flat-");
        Path guide = Files.writeString(work.resolve("przewodnik.txt"), "Przewodnik po modelu pracy w powiecie.\n",
                StandardCharsets.UTF_8);
        Path sheet = Files.writeString(work.resolve("z-plikami.csv"), PackageImportTest.HEADER + PackageImportTest.row("model-z-folderem-plikow", "Model z folderem plików",
                        PackageImportTest.BLOCK).replace("poradnik.txt", "materialy/pdf/przewodnik.txt"),
                StandardCharsets.UTF_8);

        HttpResponse<String> dry = coordinator.upload("/admin/import", Map.of("_csrf",
                coordinator.csrf("/admin/import")), "pliki", Map.of("z-plikami.csv", sheet, "przewodnik.txt", guide),
                Map.of());
        Document page = Jsoup.parse(dry.body());
        assertThat(page.select("tbody tr")).hasSize(1);
        assertThat(page.select("tbody tr").first().text()).isEqualTo("z-plikami.csv:2 rozwiązanie "
                + "model-z-folderem-plikow zostanie utworzony");
        assertThat(CONFIRM.matcher(dry.body()).find()).isTrue();
    }
}
