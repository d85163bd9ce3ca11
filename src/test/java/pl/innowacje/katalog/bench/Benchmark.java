package pl.innowacje.katalog.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.FileSystemUtils;

import pl.innowacje.katalog.importing.LoadReport;
import pl.innowacje.katalog.search.IndexFollower;

/**
 * The catalogue-scale benchmark: generates a catalogue from a corpus of real documents, runs the portal's own code
 * paths on it and measures each next to its comparison in the same run, then writes target/bench/report.json and
 * report.md. Usage and the meaning of every key: bench/README.md. It measures; it asserts nothing about time.
 */
public final class Benchmark {

    /** Distinct searches in the HTML mix, and how many requests are drawn from them. */
    private static final int HTML_QUERIES = 5000;
    private static final int HTML_DRAWS = 20_000;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path report = run(BenchOptions.parse(args));
        System.out.println("Report: " + report.toAbsolutePath().normalize());
        System.exit(0);
    }

    static Path run(BenchOptions o) throws Exception {
        Report report = new Report(o);
        report.machine("load_before", Report.loadAverage());
        if (o.searchOnly()) {
            return searchAgain(o, report);
        }
        Files.createDirectories(o.work());
        Path content = o.work().resolve("content");
        Path data = o.work().resolve("data");
        FileSystemUtils.deleteRecursively(content);
        FileSystemUtils.deleteRecursively(data);

        List<String> paragraphs = report.step("corpus", () -> CorpusText.paragraphs(o.corpus(), o.work(), o.threads()));
        report.put("corpus_paragraphs", paragraphs.size());
        CatalogueGenerator generator = new CatalogueGenerator(paragraphs, Path.of("content/vocabularies"));
        CatalogueGenerator.Generated catalogue = report.step("generate", () -> generator.generate(content,
                Path.of("content/vocabularies"), o.solutions(), o.files(), o.threads()));
        report.put("solutions", catalogue.solutions());
        report.put("files", catalogue.files());
        report.put("files_by_type", catalogue.filesByType());
        List<QueryMix.Query> queries = QueryMix.build(catalogue.titles(), Report.codes(), 200);

        List<Path> documents = ExtractionComparison.documents(content);
        // Both sides run the same parsers: warm them up once so neither pays the JIT's start for the other.
        report.step("warm_up", () -> ExtractionComparison.tika(documents.subList(0, Math.min(200,
                documents.size())), o.threads()));
        Map<String, Object> tika = report.step("tika", () -> ExtractionComparison.tika(documents, o.threads()));
        report.put("tika_files_per_s", tika.get("files_per_s"));
        report.put("tika_mb_per_s", tika.get("mb_per_s"));
        report.put("pdftotext_files_per_s", report.step("pdftotext",
                () -> ExtractionComparison.pdftotext(documents, o.threads())));

        PortalPhase.LuceneRun lucene;
        try (PortalPhase portal = new PortalPhase(data, o.threads())) {
            PortalPhase.Extracted extracted = report.step("extraction", () -> portal.extract(documents, o.threads()));
            if (extracted != null) {
                report.put("extraction_files_per_s", extracted.filesPerSecond());
                report.put("extraction_ratio", ratio(extracted.filesPerSecond(), tika.get("files_per_s")));
                report.put("ocr", Map.of("tesseract", ExtractionComparison.tesseractInstalled(),
                        "policy", "text layer first; whole pages of files without one through OCR, on both sides",
                        "tika_ocr_files", tika.get("ocr_files"), "portal_ocr_files", extracted.ocrFiles()));
            }
            if (o.extractionOnly()) {
                report.machine("load_after", Report.loadAverage());
                return report.write(o.out());
            }
            LoadReport load = report.step("load", () -> portal.load(content));
            report.put("load_solutions_per_s", Stats.perSecond(o.solutions(), load.took().toNanos()));
            report.put("load_rejected", load.rejections().size());
            report.put("index_follow_s", Stats.round(portal.catchUpNanos() / 1e9));
            IndexFollower.RebuildReport rebuild = report.step("rebuild", portal::rebuild);
            report.put("rebuild_per_s", Stats.perSecond(rebuild.solutions(), rebuild.took().toNanos()));
            report.put("index_mb", Stats.round(rebuild.indexBytes() / 1e6));
            report.put("db_read_per_s", report.step("db_read", portal::dbReadPerSecond));
            lucene = report.step("search_lucene", () -> portal.search(queries, o.repeats()));
            report.put("search_lucene_ms", Stats.percentiles(lucene.millis()));
            PortalPhase.Freshness freshness = report.step("publish", () -> portal.freshness("blok-0-0", 20));
            report.put("publish_to_search_ms", Stats.percentiles(freshness.publishToSearchable()));
            report.put("withdraw_to_gone_ms", Stats.percentiles(freshness.withdrawToGone()));
            report.step("fulltext", () -> {
                try (FulltextComparison fulltext = new FulltextComparison(o.mysqlServer())) {
                    report.put("fulltext_rows", fulltext.copyFrom(portal.jdbc()));
                    FulltextComparison.Run run = fulltext.search(queries, o.repeats());
                    report.put("search_fulltext_ms", Stats.percentiles(run.millis()));
                    report.put("fulltext_recall_vs_ours", FulltextComparison.recall(lucene.topIds(), run.topIds()));
                }
                return null;
            });
        }

        try (ServerPhase server = new ServerPhase(o.jar(), data, o.work().resolve("server.log"))) {
            report.put("startup_s", server.startupSeconds());
            ServerPhase.ApiRun api = report.step("search_api", () -> server.search(queries, o.repeats()));
            report.put("search_api_ms", Stats.percentiles(api.roundTrip()));
            report.put("search_api_server_ms", Stats.percentiles(api.server()));
            report.put("search_api_errors", api.errors());
            report.put("api_overhead_ratio", ratio(Stats.percentiles(api.roundTrip()).get("p50"),
                    lucene == null ? null : Stats.percentiles(lucene.millis()).get("p50")));
            ServerPhase.ApiRun suggest = report.step("suggest", () -> server.suggest(queries, o.repeats()));
            report.put("suggest_ms", suggest == null ? null : Stats.percentiles(suggest.roundTrip()));
            // Real traffic: thousands of distinct searches, a few asked very often and most rarely (Zipf).
            List<QueryMix.Query> distinct = QueryMix.distinct(catalogue.titles(), Report.codes(), HTML_QUERIES);
            List<String> searches = QueryMix.zipf(distinct, HTML_DRAWS, 1.0, 5).stream()
                    .map(q -> "/szukaj?" + q.parameters()).toList();
            Map<String, Object> html = report.step("html_load", () -> HtmlLoad.run(server.port(), searches,
                    o.loadSeconds(), o.work(), "search-pages"));
            if (html != null) {
                html.put("distinct_queries", distinct.size());
                html.put("drawn", HTML_DRAWS + " requests, Zipf s=1.0");
                report.put("html_rps", html.get("rps"));
                report.put("html_errors", html.get("errors"));
            }
            report.put("html_load", html);
            List<String> pages = QueryMix.zipf(solutionPages(content), HTML_DRAWS, 1.0, 6);
            Map<String, Object> solutions = report.step("solution_page_load", () -> HtmlLoad.run(server.port(),
                    pages, o.loadSeconds(), o.work(), "solution-pages"));
            report.put("solution_page_rps", solutions == null ? null : solutions.get("rps"));
            report.put("solution_page_load", solutions);
            report.put("heap_mb", server.heapAfterGcMb());
        }
        Map<String, Object> first = report.step("first_start", () -> FirstStart.measure(o.jar(), o.work()));
        if (first != null) {
            report.put("first_start_records_s", first.get("records_s"));
            report.put("first_start_handbooks_s", first.get("handbooks_s"));
            report.put("first_start", first);
        }
        report.machine("load_after", Report.loadAverage());
        return report.write(o.out());
    }

    /** Each public generated solution's page, in a fixed order (the rank order of the Zipf draws). */
    private static List<String> solutionPages(Path content) throws java.io.IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(content)) {
            List<String> pages = new java.util.ArrayList<>(walk
                    .filter(p -> p.getFileName().toString().equals("solution.md") && isPublic(p))
                    .map(p -> "/rozwiazania/" + p.getParent().getFileName()).sorted().toList());
            java.util.Collections.shuffle(pages, new java.util.Random(9));
            return pages;
        }
    }

    private static boolean isPublic(Path record) {
        try (java.util.stream.Stream<String> lines = Files.lines(record)) {
            return lines.noneMatch("status: DRAFT"::equals);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** a / b to two decimals, or null when either is missing. */
    static Double ratio(Object a, Object b) {
        if (!(a instanceof Number x) || !(b instanceof Number y) || y.doubleValue() == 0) {
            return null;
        }
        return Math.round(x.doubleValue() / y.doubleValue() * 100) / 100.0;
    }

    /**
     * Search alone, on the catalogue and index a full run left in the work folder: two versions of the portal can
     * then be measured one after the other, several times over, on the same data and without minutes of generation
     * and loading between them (the machine's load drifts in that time).
     */
    private static Path searchAgain(BenchOptions o, Report report) throws Exception {
        Path data = o.work().resolve("data");
        if (!Files.isDirectory(data)) {
            throw new IllegalStateException("--search-only needs a full run's work folder first; none in " + data);
        }
        List<String> paragraphs = CorpusText.paragraphs(o.corpus(), o.work(), o.threads());
        List<String> titles = new CatalogueGenerator(paragraphs, Path.of("content/vocabularies"))
                .titles(o.solutions());
        List<QueryMix.Query> queries = QueryMix.build(titles, Report.codes(), 200);
        report.put("solutions", o.solutions());
        try (PortalPhase portal = new PortalPhase(data, o.threads())) {
            PortalPhase.LuceneRun lucene = report.step("search_lucene", () -> portal.search(queries, o.repeats()));
            report.put("search_lucene_ms", Stats.percentiles(lucene.millis()));
        }
        try (ServerPhase server = new ServerPhase(o.jar(), data, o.work().resolve("server.log"))) {
            ServerPhase.ApiRun api = report.step("search_api", () -> server.search(queries, o.repeats()));
            report.put("search_api_ms", Stats.percentiles(api.roundTrip()));
            report.put("search_api_server_ms", Stats.percentiles(api.server()));
            report.put("search_api_errors", api.errors());
        }
        report.machine("load_after", Report.loadAverage());
        return report.write(o.out());
    }
}
