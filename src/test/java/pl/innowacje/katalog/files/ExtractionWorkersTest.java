package pl.innowacje.katalog.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class ExtractionWorkersTest {

    /** One extraction thread in these settings: one worker, started ahead, reads every file. */
    @Test
    void workersStartedWithThePortalReadTheFirstFilesWithoutAnotherStart(@TempDir Path dir) throws Exception {
        try (TestSettings.Parts parts = TestSettings.parts(Duration.ofSeconds(60), DataSize.ofMegabytes(512), "off")) {
            ExtractionWorkers workers = parts.workers();
            workers.warmUp();
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (workers.idle() < 1 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(workers.idle()).isEqualTo(1);

            Path pdf = Fixtures.textPdf(dir.resolve("podrecznik.pdf"), 2);
            Path text = Files.writeString(dir.resolve("notatka.txt"), "Notatka o współpracy instytucji.");
            assertThat(parts.extractor().extract(pdf, "podrecznik.pdf").hasUsableText()).isTrue();
            assertThat(parts.extractor().extract(text, "notatka.txt").hasUsableText()).isTrue();
            assertThat(workers.started()).isEqualTo(1);
        }
    }
}
