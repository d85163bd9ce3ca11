package pl.innowacje.katalog.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The import-speed tool on a few rows: both sides take every generated solution (its figures are not judged here). */
class ImportSpeedTest {

    @Test
    void bothSidesTakeEveryGeneratedRow() throws Exception {
        Map<String, Object> figures = ImportSpeed.run(60, Files.createTempDirectory("import-speed"), 1);
        assertThat(figures).containsEntry("rows", 60).containsEntry("content_created_1", 60)
                .containsEntry("import_created_1", 60).containsEntry("import_rejected_1", 0);
        assertThat(figures).containsKeys("content_rows_per_s_1", "dry_run_rows_per_s_1", "import_rows_per_s_1");
    }
}
