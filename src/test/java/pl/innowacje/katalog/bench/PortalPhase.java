package pl.innowacje.katalog.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import pl.innowacje.katalog.PortalApplication;
import pl.innowacje.katalog.catalog.Inputs;
import pl.innowacje.katalog.catalog.SolutionSnapshot;
import pl.innowacje.katalog.catalog.SolutionSnapshots;
import pl.innowacje.katalog.catalog.SolutionWriter;
import pl.innowacje.katalog.catalog.Status;
import pl.innowacje.katalog.catalog.Vocabulary;
import pl.innowacje.katalog.files.StoredFiles;
import pl.innowacje.katalog.importing.ContentLoader;
import pl.innowacje.katalog.publishing.Action;
import pl.innowacje.katalog.publishing.Actor;
import pl.innowacje.katalog.publishing.Workflow;
import pl.innowacje.katalog.importing.LoadReport;
import pl.innowacje.katalog.search.IndexFollower;
import pl.innowacje.katalog.search.SearchRequest;
import pl.innowacje.katalog.search.SearchResult;
import pl.innowacje.katalog.search.SearchService;

/**
 * The portal's own code paths, in this JVM without the web layer: loading the generated catalogue through the
 * content loader, following the change log, rebuilding the index against reading the same rows, searching the index
 * directly, and the time from a published solution's commit to its first search hit.
 */
final class PortalPhase implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    PortalPhase(Path dataDir, int threads) {
        // Arguments, not default properties: application.properties would win over the latter.
        this.context = new SpringApplicationBuilder(PortalApplication.class).web(WebApplicationType.NONE)
                .run("--portal.data-dir=" + dataDir.toAbsolutePath(), "--portal.content.load-on-start=false",
                        "--portal.extraction.threads=" + threads, "--logging.level.pl.innowacje=WARN");
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /**
     * The portal's extraction path on its own (store the bytes, parse, detect the language, keep the pages), with
     * {@code threads} files at once, as the standalone Tika figure is measured. The load that follows finds these
     * bytes stored and does not parse them again.
     */
    /** Files extracted per second by the portal's path, and how many of them went through OCR. */
    record Extracted(double filesPerSecond, int ocrFiles) {
    }

    Extracted extract(List<Path> documents, int threads) throws Exception {
        StoredFiles files = bean(StoredFiles.class);
        // Files are read in worker processes; start and warm them on a few documents outside the clock, as the
        // standalone Tika figure is taken after its own warm-up.
        int warmUp = Math.min(documents.size() / 10, 4 * threads);
        run(files, documents.subList(0, warmUp), threads);
        List<Path> timed = documents.subList(warmUp, documents.size());
        long start = System.nanoTime();
        int ocr = run(files, timed, threads);
        return new Extracted(Stats.perSecond(timed.size(), System.nanoTime() - start), ocr);
    }

    /** Stores and reads the documents; returns how many were read by OCR. */
    private static int run(StoredFiles files, List<Path> documents, int threads) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<StoredFiles.Info>> all = new ArrayList<>();
            for (Path d : documents) {
                all.add(pool.submit(() -> files.store(d, d.getFileName().toString())));
            }
            int ocr = 0;
            for (java.util.concurrent.Future<StoredFiles.Info> f : all) {
                if (f.get().status() == pl.innowacje.katalog.files.ExtractionStatus.OCR) {
                    ocr++;
                }
            }
            return ocr;
        } finally {
            pool.shutdown();
        }
    }

    LoadReport load(Path content) {
        return bean(ContentLoader.class).load(content);
    }

    long catchUpNanos() throws Exception {
        long start = System.nanoTime();
        while (bean(IndexFollower.class).catchUp() > 0) {
            // keep applying until the log is drained
        }
        return System.nanoTime() - start;
    }

    IndexFollower.RebuildReport rebuild() throws Exception {
        return bean(IndexFollower.class).rebuild();
    }

    /** Reads every solution with its files' pages, as the rebuild does, without building documents. */
    double dbReadPerSecond() {
        SolutionSnapshots snapshots = bean(SolutionSnapshots.class);
        StoredFiles files = bean(StoredFiles.class);
        long start = System.nanoTime();
        long count = 0;
        long after = 0;
        while (true) {
            List<Long> ids = snapshots.ids(after, 500);
            if (ids.isEmpty()) {
                break;
            }
            List<SolutionSnapshot> loaded = snapshots.load(ids);
            files.pages(loaded.stream().flatMap(s -> s.files().stream()).map(SolutionSnapshot.FileRef::sha256)
                    .toList());
            count += loaded.size();
            after = ids.get(ids.size() - 1);
        }
        return Stats.perSecond(count, System.nanoTime() - start);
    }

    record LuceneRun(List<Double> millis, Map<Integer, List<Long>> topIds) {
    }

    LuceneRun search(List<QueryMix.Query> queries, int repeats) {
        SearchService search = bean(SearchService.class);
        List<Double> millis = new ArrayList<>();
        Map<Integer, List<Long>> top = new LinkedHashMap<>();
        for (int pass = 0; pass <= repeats; pass++) {
            for (int i = 0; i < queries.size(); i++) {
                QueryMix.Query q = queries.get(i);
                long start = System.nanoTime();
                SearchResult r = search.search(new SearchRequest(q.text(), 1, 10, SearchRequest.Sort.RELEVANCE,
                        q.filters()));
                double ms = (System.nanoTime() - start) / 1e6;
                if (pass == 0) {
                    top.put(i, r.hits().stream().map(SearchResult.Hit::id).toList());
                } else {
                    millis.add(ms);
                }
            }
        }
        return new LuceneRun(millis, top);
    }

    /** Milliseconds from a publication's commit to its first search hit, and from a withdrawal's to its last. */
    record Freshness(List<Double> publishToSearchable, List<Double> withdrawToGone) {
    }

    /**
     * The staff path: a submitted solution is published by a coordinator's workflow step, then withdrawn; each time
     * the clock runs from the step's commit until search agrees.
     */
    Freshness freshness(String blockSlug, int trials) throws Exception {
        SolutionWriter writer = bean(SolutionWriter.class);
        Workflow workflow = bean(Workflow.class);
        SearchService search = bean(SearchService.class);
        Actor coordinator = new Actor("bench", true, false, List.of());
        List<Double> published = new ArrayList<>();
        List<Double> withdrawn = new ArrayList<>();
        for (int t = 0; t < trials; t++) {
            String token = "publikacjatestowa" + t + "x" + System.nanoTime();
            String slug = "bench-publish-" + t + "-" + System.nanoTime();
            Inputs.Solution s = new Inputs.Solution(slug, "Nowe rozwiązanie " + token, null, "Opis " + token, null,
                    null, "Treść " + token, Status.SUBMITTED, null, null, blockSlug, List.of(), null, null, null, "pl", null,
                    List.of(), null, null, new EnumMap<>(Vocabulary.class), List.of(), List.of(), List.of(),
                    List.of(), List.of(), null);
            writer.upsert(s, "bench");
            long id = bean(JdbcClient.class).sql("SELECT id FROM solution WHERE slug = ?").param(slug)
                    .query(Long.class).single();
            workflow.apply(id, Action.PUBLISH, coordinator, null);
            published.add(untilSearch(search, token, true));
            workflow.apply(id, Action.WITHDRAW, coordinator, "bench");
            withdrawn.add(untilSearch(search, token, false));
        }
        return new Freshness(published, withdrawn);
    }

    private static double untilSearch(SearchService search, String token, boolean found) throws Exception {
        long committed = System.nanoTime();
        while ((search.search(new SearchRequest(token, 1, 1, SearchRequest.Sort.RELEVANCE, Map.of())).total() > 0)
                != found) {
            if (System.nanoTime() - committed > 30_000_000_000L) {
                throw new IllegalStateException("search did not follow a workflow step within 30 s");
            }
            Thread.sleep(1);
        }
        return (System.nanoTime() - committed) / 1e6;
    }

    JdbcClient jdbc() {
        return bean(JdbcClient.class);
    }

    @Override
    public void close() {
        context.close();
    }
}
