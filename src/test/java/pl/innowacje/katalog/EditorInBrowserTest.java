package pl.innowacje.katalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import pl.innowacje.katalog.admin.Role;
import pl.innowacje.katalog.admin.StaffAccounts;
import pl.innowacje.katalog.files.Fixtures;

/**
 * The editors' script in Debian's Chromium, headless: the description's preview appears in place, a result row is
 * added by a button, a file over the limit is refused before it is sent, and an upload shows its progress and then
 * what was read. Screenshots of each page are left in target/screenshots for people to look at. CI installs
 * chromium and chromium-driver; exclude the group {@code browser} on a machine without them.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.upload.max-size=1MB")
class EditorInBrowserTest {

    private static final String BLOCK = "wspolpraca-instytucji-rynku-pracy-pomocy-i-integracji-spolecznej";
    private static WebDriver browser;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        String dir = JourneyTestSupport.tempDataDir("browser").toString();
        registry.add("portal.data-dir", () -> dir);
    }

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @BeforeAll
    static void chromium() throws Exception {
        browser = HeadlessChromium.start(1280, 2000);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebDriverWait patiently() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private static void screenshot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void theEditorsScriptPreviewsAddsRowsChecksSizeAndShowsUploadProgress(@TempDir Path dir) throws Exception {
        accounts.create("redaktorka-w-przegladarce", "Redaktorka", "haslo-przegladarki-1", Role.EDITOR);
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("redaktorka-w-przegladarce");
        browser.findElement(By.id("password")).sendKeys("haslo-przegladarki-1");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        patiently().until(ExpectedConditions.urlToBe(url("/admin")));

        browser.get(url("/admin/rozwiazania/nowe"));
        browser.findElement(By.id("title")).sendKeys("Rozwiązanie z przeglądarki");
        new Select(browser.findElement(By.id("primaryBlock"))).selectByValue(BLOCK);
        browser.findElement(By.id("description")).sendKeys("Opis z **pogrubieniem** i <script>alert(1)</script>");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.stayedOnPage = true;");
        browser.findElement(By.cssSelector("button[data-preview]")).click();
        WebElement preview = patiently().until(ExpectedConditions.visibilityOfElementLocated(By.id("podglad")));
        patiently().until(ExpectedConditions.textToBePresentInElement(preview, "pogrubieniem"));
        assertThat(preview.findElement(By.tagName("strong")).getText()).isEqualTo("pogrubieniem");
        assertThat(preview.findElements(By.tagName("script"))).isEmpty();
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.stayedOnPage"))
                .as("the preview came without reloading the page").isEqualTo(true);

        List<WebElement> rows = browser.findElements(By.cssSelector("#results .row"));
        browser.findElement(By.cssSelector("#results > button")).click();
        List<WebElement> more = browser.findElements(By.cssSelector("#results .row"));
        assertThat(more).hasSize(rows.size() + 1);
        WebElement added = more.get(more.size() - 1);
        added.findElement(By.cssSelector("input[name$='.label']")).sendKeys("uczestników");
        added.findElement(By.cssSelector("input[name$='.amount']")).sendKeys("64");
        assertThat(added.findElement(By.cssSelector("input[name$='.label']")).getAttribute("name"))
                .isEqualTo("results[" + rows.size() + "].label");
        screenshot("editor-form");
        browser.findElement(By.cssSelector("form#edytor button[type=submit]:not([name])")).click();
        patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Zapisano zmiany."));
        String page = browser.getCurrentUrl();

        // Over the limit: refused at once, nothing is sent.
        Path large = Files.write(dir.resolve("za-duzy.pdf"), new byte[2 * 1024 * 1024]);
        browser.findElement(By.id("nowy-plik")).sendKeys(large.toString());
        browser.findElement(By.cssSelector("form.upload button[type=submit]")).click();
        WebElement message = patiently().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("form.upload .js-message")));
        assertThat(message.getText()).contains("Plik jest za duży", "1 MB");
        assertThat(browser.getCurrentUrl()).isEqualTo(page);

        // A real handbook: the progress shows while it is sent and read, then the page says what was read.
        Path handbook = Fixtures.polishPdf(dir.resolve("podręcznik.pdf"), List.of(
                "Podręcznik sprawdzony w przeglądarce\nRozdział pierwszy: zasady współpracy."));
        browser.findElement(By.id("nowy-plik")).clear();
        browser.findElement(By.id("nowy-plik")).sendKeys(handbook.toString());
        browser.findElement(By.id("nowy-tytul")).sendKeys("Podręcznik z przeglądarki");
        // The progress box may show for only a moment on a fast machine: the page notes in window.name, which
        // outlives the navigation that follows, that it was shown.
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("""
                var box = document.querySelector('form.upload .progress');
                new MutationObserver(function () {
                  if (!box.hidden) { window.name = 'progress-shown'; }
                }).observe(box, {attributes: true});""");
        browser.findElement(By.cssSelector("form.upload button[type=submit]")).click();
        patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Dodano plik"));
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.name"))
                .as("the upload went through the script, with its progress shown").isEqualTo("progress-shown");
        String read = browser.findElement(By.tagName("main")).getText();
        assertThat(read).contains("Podręcznik z przeglądarki", "application/pdf", "tekst odczytany",
                "Rozdział pierwszy: zasady współpracy.");
        screenshot("solution-with-file");
    }
}
