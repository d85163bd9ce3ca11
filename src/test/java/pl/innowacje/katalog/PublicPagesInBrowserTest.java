package pl.innowacje.katalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every public page type in Chromium, in Polish and English, at desktop (1366 px) and phone (390 px) widths: axe-core
 * finds no WCAG 2.1 A or AA violation, a screenshot of each goes to {@code target/screenshots}, and the layout
 * targets hold (first search result within 900 px on a phone, a block's first solution within 1,200 px on a desktop).
 * Then the keyboard-only journey: search, filter, open a result, compare two, with the focus visible at every step.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicPagesInBrowserTest {

    static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final Map<String, Integer> WIDTHS = Map.of("desktop", 1366, "phone", 390);

    private static WebDriver browser;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        String dir = JourneyTestSupport.tempDataDir("pages-browser").toString();
        registry.add("portal.data-dir", () -> dir);
    }

    @LocalServerPort
    int port;

    @BeforeAll
    static void chromium() throws Exception {
        browser = HeadlessChromium.start(1366, 900, "--hide-scrollbars");
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The shipped catalogue is loaded and indexed in the background after start: wait until search has it. */
    @BeforeEach
    void catalogueIndexed() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            String body = client.send(HttpRequest.newBuilder(URI.create(url("/api/search?q=trener+pracy"))).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains("zatrudnienie-wspomagane-z-trenerem-pracy")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the shipped catalogue never reached the index");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** One page of each type, by name. */
    static Map<String, String> pageTypes() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("areas", "/obszary");
        pages.put("area", "/obszary/zatrudnienie-i-integracja-spoleczna");
        pages.put("blocks", "/bloki");
        pages.put("block", "/bloki/wspolpraca-instytucji-rynku-pracy-pomocy-i-integracji-spolecznej");
        pages.put("solution", "/rozwiazania/express-do-zatrudnienia");
        pages.put("solutions", "/rozwiazania");
        pages.put("search", "/szukaj?q=zatrudnienie&region=12&form=MODEL");
        pages.put("compare", "/porownaj?r=express-do-zatrudnienia&r=zatrudnienie-wspomagane-z-trenerem-pracy");
        pages.put("organisations", "/organizacje");
        pages.put("organisation", "/organizacje/wup-krakow");
        pages.put("projects", "/projekty");
        pages.put("project", "/projekty/projekt-express-do-zatrudnienia");
        pages.put("news", "/aktualnosci");
        pages.put("news-item", "/aktualnosci/2015-07-15-podsumowanie-pilotazu-express-do-zatrudnienia");
        pages.put("accessibility", "/deklaracja-dostepnosci");
        pages.put("not-found", "/rozwiazania/nie-ma-takiego-rozwiazania");
        pages.put("login", "/login");
        return pages;
    }

    private void open(String path, String lang, int width) {
        browser.manage().window().setSize(new Dimension(width, 900));
        browser.get(url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> ((JavascriptExecutor) d)
                .executeScript("return document.readyState").equals("complete"));
    }

    private static void screenshot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        // The whole page, not only the window: the note shows how far down things are.
        long height = (Long) ((JavascriptExecutor) browser).executeScript(
                "return Math.min(document.documentElement.scrollHeight, 6000)");
        Dimension window = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(window.getWidth(), (int) height));
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(window);
    }

    @Test
    void everyPageTypeHasNoWcagViolationsInEitherLanguageAtEitherWidth() throws Exception {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, String> page : pageTypes().entrySet()) {
            for (String lang : List.of("pl", "en")) {
                for (Map.Entry<String, Integer> width : WIDTHS.entrySet()) {
                    open(page.getValue(), lang, width.getValue());
                    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
                    Results results = new AxeBuilder().withTags(AXE_TAGS).analyze(browser);
                    for (Rule rule : results.getViolations()) {
                        violations.add(page.getKey() + " " + lang + " " + width.getKey() + ": " + rule.getId() + " – "
                                + rule.getHelp() + " " + rule.getNodes().stream().limit(3)
                                        .map(n -> n.getTarget().toString()).toList());
                    }
                    screenshot(page.getKey() + "-" + lang + "-" + width.getKey());
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    private long topOf(String css) {
        WebElement element = browser.findElement(By.cssSelector(css));
        return (Long) ((JavascriptExecutor) browser).executeScript(
                "return Math.round(arguments[0].getBoundingClientRect().top + window.scrollY)", element);
    }

    @Test
    void theFirstResultIsNearTheTopOnAPhoneAndABlocksSolutionsOnADesktop() {
        open("/szukaj?q=zatrudnienie", "pl", 390);
        assertThat(topOf("ol.results > li")).isLessThan(900);
        open("/bloki/wspolpraca-instytucji-rynku-pracy-pomocy-i-integracji-spolecznej", "pl", 1366);
        assertThat(topOf("section[aria-labelledby=rozwiazania] .result"))
                .isLessThan(1200);
    }

    /** The focused element's outline against what is behind it: WCAG 2.4.7 visible, 1.4.11 at least 3:1. */
    private void focusIsVisible() {
        String script = """
                const e = document.activeElement, s = getComputedStyle(e);
                const rgb = c => (c.match(/[\\d.]+/g) || [0, 0, 0, 0]).map(Number);
                const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92
                    : Math.pow((v + 0.055) / 1.055, 2.4); }).reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i], 0);
                let bg = [255, 255, 255], n = e.parentElement;
                while (n) { const c = rgb(getComputedStyle(n).backgroundColor);
                  if (c.length < 4 || c[3] > 0) { bg = c; break; } n = n.parentElement; }
                const o = rgb(s.outlineColor), a = lum(o), b = lum(bg);
                return [s.outlineStyle, parseFloat(s.outlineWidth), (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)];
                """;
        List<?> focus = (List<?>) ((JavascriptExecutor) browser).executeScript(script);
        String element = (String) ((JavascriptExecutor) browser).executeScript("return document.activeElement.outerHTML.slice(0, 120)");
        assertThat(focus.get(0)).as("outline of " + element).isNotEqualTo("none");
        assertThat(((Number) focus.get(1)).doubleValue()).as("outline width of " + element).isGreaterThanOrEqualTo(2);
        assertThat(((Number) focus.get(2)).doubleValue()).as("outline contrast of " + element).isGreaterThanOrEqualTo(3);
    }

    /** Presses Tab until the focused element matches, checking the focus at every stop. */
    private void tabTo(String css) {
        for (int i = 0; i < 300; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement active = browser.switchTo().activeElement();
            // Past the last control the focus leaves the page (the body holds it) before it comes round again.
            if ("body".equals(active.getTagName())) {
                continue;
            }
            focusIsVisible();
            if (!browser.findElements(By.cssSelector(css)).isEmpty()
                    && browser.findElements(By.cssSelector(css)).contains(active)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + css);
    }

    @Test
    void aVisitorSearchesFiltersOpensAndComparesWithTheKeyboardOnly() {
        open("/", "pl", 1366);
        tabTo("#q");
        new Actions(browser).sendKeys("zatrudnienie").sendKeys(Keys.ESCAPE).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/szukaj"));
        long before = browser.findElements(By.cssSelector("ol.results > li")).size();
        assertThat(before).isPositive();

        tabTo("form.facets input[type=checkbox]");
        String chosen = browser.switchTo().activeElement().getAttribute("name");
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains(chosen + "="));
        assertThat(browser.findElements(By.cssSelector(".chips .chip"))).hasSize(1);

        tabTo("form.compare-form input[type=checkbox]");
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        tabTo("form.compare-form li:nth-child(2) input[type=checkbox]");
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        tabTo("form.compare-form button[type=submit]");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/porownaj"));
        assertThat(browser.findElements(By.cssSelector("table.compare thead th a"))).hasSize(2);

        browser.navigate().back();
        tabTo("ol.results > li h2 a");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/rozwiazania/"));
        assertThat(browser.findElement(By.cssSelector(".fact-box")).isDisplayed()).isTrue();
    }
}
