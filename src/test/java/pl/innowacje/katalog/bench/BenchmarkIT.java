package pl.innowacje.katalog.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark end to end on a small catalogue made from the project's own content: it proves every step runs and
 * the report has every key. Figures are printed, never asserted (speed is judged from full runs, not tests).
 */
@Tag("mysql")
class BenchmarkIT {

    @Test
    void aSmallRunWritesEveryReportKey() throws Exception {
        Path report = Benchmark.run(BenchOptions.parse("--corpus=content", "--solutions=1000", "--files=60",
                "--load-seconds=3", "--repeats=1", "--work=target/bench-work", "--out=target/bench"));
        JsonNode r = JsonMapper.builder().build().readTree(Files.readString(report));
        System.out.println(Files.readString(report.resolveSibling("report.md")));
        assertThat(r.get("failures").size()).as("failed steps: %s", r.get("failures")).isZero();
        for (String key : List.of("solutions", "files", "fulltext_recall_vs_ours", "html_rps", "html_errors",
                "rebuild_per_s", "db_read_per_s", "extraction_files_per_s", "tika_files_per_s",
                "pdftotext_files_per_s", "startup_s", "heap_mb", "extraction_ratio", "api_overhead_ratio", "ocr",
                "solution_page_rps", "first_start_records_s", "first_start_handbooks_s")) {
            assertThat(r.has(key)).as(key).isTrue();
        }
        for (String key : List.of("search_api_ms", "search_lucene_ms", "search_fulltext_ms", "publish_to_search_ms",
                "withdraw_to_gone_ms", "suggest_ms")) {
            assertThat(r.get(key).has("p50") && r.get(key).has("p95") && r.get(key).has("p99")).as(key).isTrue();
        }
        assertThat(r.get("solutions").asInt()).isEqualTo(1000);
        assertThat(r.get("files").asInt()).isEqualTo(60);
        assertThat(r.get("search_api_errors").asInt()).isZero();
        // A wrong answer fails the build; a slow one does not (wrk's 2 s timeouts on a busy machine are time).
        assertThat(wrongAnswers(r.get("html_load"))).as("search pages").isZero();
        assertThat(wrongAnswers(r.get("solution_page_load"))).as("solution pages").isZero();
        assertThat(r.get("html_load").get("distinct_queries").asInt()).isEqualTo(5000);
    }

    /** Errors less wrk's 2 s timeouts (the Java client, used without wrk, counts no timeouts). */
    private static long wrongAnswers(JsonNode load) {
        return load.get("errors").asLong() - (load.has("timeouts") ? load.get("timeouts").asLong() : 0);
    }
}
