package pl.innowacje.katalog.files;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.util.unit.DataSize;

import pl.innowacje.katalog.system.PortalProperties;

/** Portal settings for tests that build the extraction parts by hand. */
final class TestSettings {

    private TestSettings() {
    }

    static PortalProperties extraction(Duration timeout, DataSize memory, String ocr) {
        return extraction(timeout, memory, ocr, 1);
    }

    /** As {@link #extraction(Duration, DataSize, String)}, reading {@code threads} files at once in one worker. */
    static PortalProperties extraction(Duration timeout, DataSize memory, String ocr, int threads) {
        return in(Path.of("target/unused"), new PortalProperties.Extraction(timeout, 50_000_000, 3000, threads,
                memory, ocr, "pol+eng", Duration.ofMinutes(5), false, 4));
    }

    /** Settings with the data folder and extraction given; the rest as a test needs no more of it. */
    static PortalProperties in(Path dataDir, PortalProperties.Extraction extraction) {
        return new PortalProperties(dataDir, new PortalProperties.Content(Path.of("content"), false, false), extraction,
                new PortalProperties.Search("", Duration.ofSeconds(1), 5000, 500),
                new PortalProperties.Upload(DataSize.ofMegabytes(100), List.of("application/pdf")),
                new PortalProperties.Operator("Operator", "operator@katalog-innowacji.example", "", ""),
                "http://localhost:8080", new PortalProperties.Accessibility(LocalDate.of(2026, 12, 2),
                        LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 2), "partial", "Operator",
                        "operator@katalog-innowacji.example", ""), new PortalProperties.Oai(100),
                new PortalProperties.Importing(DataSize.ofMegabytes(100), 20_000, 10_000, DataSize.ofGigabytes(2)),
                new PortalProperties.Storage("local", DataSize.ofMegabytes(1)));
    }

    /** Workers and the extractor on top of them; close the workers when done. */
    record Parts(ExtractionWorkers workers, Extractor extractor) implements AutoCloseable {
        @Override
        public void close() {
            workers.destroy();
        }
    }

    static Parts parts(Duration timeout, DataSize memory, String ocr) {
        return parts(extraction(timeout, memory, ocr));
    }

    static Parts parts(PortalProperties properties) {
        ExtractionWorkers workers = new ExtractionWorkers(properties, new pl.innowacje.katalog.system.CatalogueReadiness());
        return new Parts(workers, new Extractor(workers, new Tesseract(properties), properties));
    }
}
