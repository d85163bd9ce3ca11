package pl.innowacje.katalog.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import pl.innowacje.katalog.system.PortalProperties;

/**
 * Whether optical character recognition can run here: Tesseract on the path with every configured language
 * ({@code pol} for Polish handbooks). Asked once at start-up; with {@code portal.extraction.ocr=off} it is never used.
 */
@Component
class Tesseract {

    private static final Logger log = LoggerFactory.getLogger(Tesseract.class);

    private final boolean available;

    Tesseract(PortalProperties properties) {
        PortalProperties.Extraction limits = properties.extraction();
        this.available = limits.ocrEnabled() && installed(limits.ocrLanguages());
    }

    boolean available() {
        return available;
    }

    private static boolean installed(String languages) {
        Set<String> wanted = Arrays.stream(languages.split("\\+")).map(String::strip).collect(Collectors.toSet());
        try {
            // The list goes to a file, so waiting for the command has a limit however it behaves.
            Path listing = Files.createTempFile("tesseract-languages", ".txt");
            try {
                Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true)
                        .redirectOutput(listing.toFile()).start();
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return false;
                }
                Set<String> have = Files.readAllLines(listing, StandardCharsets.UTF_8).stream().map(String::strip)
                        .collect(Collectors.toSet());
                if (have.containsAll(wanted)) {
                    log.info("scanned PDFs will be read with Tesseract ({})", languages);
                    return true;
                }
                log.warn("Tesseract lacks some of the languages {}; scanned PDFs will not be recognised", languages);
            } finally {
                Files.deleteIfExists(listing);
            }
        } catch (IOException e) {
            log.info("Tesseract is not installed; scanned PDFs will be recorded as having no text layer");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
