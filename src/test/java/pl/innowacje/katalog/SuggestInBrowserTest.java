package pl.innowacje.katalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The search box's autocomplete in Debian's Chromium, headless, used by keyboard only: the combobox's ARIA states,
 * Down/Up through the options, Escape, Enter on an option opening it and Enter on the typed text searching as before;
 * the solution page then lists its similar solutions. Without the script the page has a plain search box. Tagged
 * {@code browser} like the editors' browser test.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SuggestInBrowserTest {

    private static WebDriver browser;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        String dir = JourneyTestSupport.tempDataDir("suggest-browser").toString();
        registry.add("portal.data-dir", () -> dir);
    }

    @LocalServerPort
    int port;

    @BeforeAll
    static void chromium() throws Exception {
        browser = HeadlessChromium.start(1280, 1200);
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

    /** The shipped catalogue is loaded and indexed in the background after start: wait until search has it. */
    @org.junit.jupiter.api.BeforeEach
    void catalogueIndexed() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            String body = client.send(HttpRequest.newBuilder(URI.create(url("/api/suggest?q=zatrudnienie%20wsp")))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains("Zatrudnienie wspomagane")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the shipped catalogue never reached the index");
    }

    private WebElement box() {
        return browser.findElement(By.id("q"));
    }

    private List<WebElement> options() {
        return browser.findElements(By.cssSelector("#q-suggestions [role=option]"));
    }

    private void waitForOptions(String firstText) {
        patiently().until(ExpectedConditions.attributeToBe(box(), "aria-expanded", "true"));
        patiently().until(d -> !options().isEmpty() && options().get(0).getText().contains(firstText));
    }

    @Test
    void withoutTheScriptTheBoxIsAPlainSearchField() throws Exception {
        String html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(html).contains("<input id=\"q\" name=\"q\" type=\"search\"")
                .doesNotContain("role=\"combobox\"").containsPattern("/js/suggest-[0-9a-f]{32}\\.js");
    }

    @Test
    void suggestionsAreChosenByKeyboardAndTheTypedTextStillSearches() throws Exception {
        browser.get(url("/?lang=pl"));
        WebElement box = box();
        assertThat(box.getAttribute("role")).isEqualTo("combobox");
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(box.getAttribute("aria-controls")).isEqualTo("q-suggestions");
        assertThat(browser.findElement(By.id("q-suggestions")).getAttribute("role")).isEqualTo("listbox");

        box.sendKeys("zatrudnienie wsp");
        waitForOptions("Zatrudnienie wspomagane z trenerem pracy");
        int count = options().size();
        WebElement status = browser.findElement(By.cssSelector("form[data-suggest] [role=status]"));
        patiently().until(d -> !status.getAttribute("textContent").isBlank());
        assertThat(status.getAttribute("textContent")).contains(count == 1 ? "1 podpowiedź" : count + " podpowiedzi");
        assertThat(options().get(0).getText()).contains("rozwiązanie");
        screenshot("suggest-list");

        box.sendKeys(Keys.ARROW_DOWN);
        assertThat(box.getAttribute("aria-activedescendant")).isEqualTo("q-suggestion-0");
        assertThat(options().get(0).getAttribute("aria-selected")).isEqualTo("true");
        if (count > 1) {
            box.sendKeys(Keys.ARROW_DOWN);
            assertThat(box.getAttribute("aria-activedescendant")).isEqualTo("q-suggestion-1");
            assertThat(options().get(0).getAttribute("aria-selected")).isEqualTo("false");
            box.sendKeys(Keys.ARROW_UP);
        }
        box.sendKeys(Keys.ARROW_UP);
        assertThat(box.getAttribute("aria-activedescendant")).isEqualTo("q-suggestion-" + (count - 1));
        box.sendKeys(Keys.ESCAPE);
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(box.getAttribute("aria-activedescendant")).isNull();
        assertThat(box.getAttribute("value")).isEqualTo("zatrudnienie wsp");

        box.sendKeys(Keys.ARROW_DOWN);
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(box.getAttribute("aria-activedescendant")).isEqualTo("q-suggestion-0");
        box.sendKeys(Keys.ENTER);
        patiently().until(ExpectedConditions.urlToBe(url("/rozwiazania/zatrudnienie-wspomagane-z-trenerem-pracy")));

        // The solution page: its similar solutions beside the curated ones.
        List<WebElement> similar = browser.findElements(By.cssSelector("section[aria-labelledby=podobne] li a"));
        assertThat(similar).hasSizeBetween(1, 5);
        assertThat(browser.findElement(By.id("podobne")).getText()).isEqualTo("Podobne rozwiązania");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('podobne').scrollIntoView()");
        screenshot("solution-similar");

        // Enter on the typed text, no option chosen: the search as before.
        box = box();
        box.sendKeys("trener pracy");
        waitForOptions("");
        box.sendKeys(Keys.ENTER);
        patiently().until(ExpectedConditions.urlContains("/szukaj?q=trener+pracy"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("trener pracy");
    }

    @Test
    void englishPagesSuggestInEnglish() throws Exception {
        browser.get(url("/?lang=en"));
        box().sendKeys("supported empl");
        waitForOptions("Supported employment with a job coach");
        assertThat(options().get(0).getText()).contains("solution");
    }
}
