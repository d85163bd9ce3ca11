package pl.innowacje.katalog;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium through its own ChromeDriver, headless, in Polish, with nothing reaching out to the network and a
 * fresh profile: the one browser every browser test drives (CI installs both packages).
 */
public final class HeadlessChromium {

    private HeadlessChromium() {
    }

    /** A browser with a window of {@code width} × {@code height}; more Chromium arguments may follow. */
    public static WebDriver start(int width, int height, String... more) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--window-size=" + width + "," + height, "--lang=pl",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile")));
        arguments.addAll(List.of(more));
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(arguments);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
