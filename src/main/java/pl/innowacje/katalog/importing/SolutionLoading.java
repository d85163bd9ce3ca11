package pl.innowacje.katalog.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import pl.innowacje.katalog.catalog.Inputs;
import pl.innowacje.katalog.files.StoredFiles;

/**
 * Loads solutions in chunks: read the chunk's sources (solution.md files or spreadsheet rows), store and extract all
 * their files in parallel (as many at once as extraction threads), then write the solutions one by one. A source that
 * cannot be read is rejected with its reason; the rest of the chunk goes on.
 */
final class SolutionLoading {

    /**
     * A solution as read from its source: its block, the folder its files are named from, its fields and body, and
     * the text that stands for it (its hash tells whether the source changed).
     */
    record Read(String blockSlug, Path folder, FrontMatter page, String text) {
    }

    /** Where a solution comes from; read only when its chunk is, so that memory stays flat. */
    interface Source {
        String where();

        String slug();

        Read read() throws IOException;
    }

    /** A solution folder of the content format, in the folder of its block. */
    record Folder(String blockSlug, Path path, String where) implements Source {

        @Override
        public String slug() {
            return path.getFileName().toString();
        }

        @Override
        public Read read() throws IOException {
            String text = ContentLoader.read(path.resolve("solution.md"));
            return new Read(blockSlug, path, FrontMatter.parse(text, where), text);
        }
    }

    /** A source read, or the reason it could not be (reported in its place, so the report keeps the source's order). */
    private record Parsed(Source source, Read read, List<CatalogSources.ListedFile> listed, List<Path> paths,
            Exception failure) {
    }

    private static final String KIND = "solution";
    /** Large enough that a chunk holds many files to extract side by side, small enough to keep memory flat. */
    private static final int CHUNK = 1000;

    private final StoredFiles files;
    private final VocabularyCheck vocabulary;
    private final int threads;

    SolutionLoading(StoredFiles files, VocabularyCheck vocabulary, int threads) {
        this.files = files;
        this.vocabulary = vocabulary;
        this.threads = Math.max(1, threads);
    }

    void load(Path root, List<? extends Source> folders, LoadReport report, LoadRun run) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int from = 0; from < folders.size(); from += CHUNK) {
                loadChunk(root, folders.subList(from, Math.min(folders.size(), from + CHUNK)), report, pool, run);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void loadChunk(Path root, List<? extends Source> chunk, LoadReport report, ExecutorService pool,
            LoadRun run) {
        List<Parsed> parsed = new ArrayList<>();
        for (Source source : chunk) {
            try {
                Read read = source.read();
                List<CatalogSources.ListedFile> listed = CatalogSources.listedFiles(read.page());
                List<Path> paths = new ArrayList<>();
                for (CatalogSources.ListedFile l : listed) {
                    Path path = read.folder().resolve(l.path()).normalize();
                    if (!path.startsWith(read.folder()) || !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                        throw new RecordProblem(source.where(), "files", "import.problem.file", l.path());
                    }
                    paths.add(path);
                }
                parsed.add(new Parsed(source, read, listed, paths, null));
            } catch (IOException | RuntimeException e) {
                parsed.add(new Parsed(source, null, List.of(), List.of(), e));
            }
        }
        Map<Path, CompletableFuture<StoredFiles.Info>> stored = new LinkedHashMap<>();
        long start = System.nanoTime();
        for (Parsed p : parsed) {
            for (Path path : p.paths()) {
                stored.computeIfAbsent(path, k -> CompletableFuture.supplyAsync(() -> store(k, run), pool));
            }
        }
        CompletableFuture.allOf(stored.values().toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        report.addFiles(stored.size(), System.nanoTime() - start);
        for (Parsed p : parsed) {
            if (p.failure() != null) {
                report.reject(p.source().where(), KIND, p.source().slug(), p.failure());
            } else {
                write(root, p, stored, report, run);
            }
        }
    }

    private StoredFiles.Info store(Path path, LoadRun run) {
        try {
            StoredFiles.Stored stored = run.store(files, path);
            if (stored.added()) {
                run.added(stored.info().sha256());
            }
            return stored.info();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Path root, Parsed p, Map<Path, CompletableFuture<StoredFiles.Info>> stored,
            LoadReport report, LoadRun run) {
        String slug = p.source().slug();
        try {
            StringBuilder source = new StringBuilder(root.relativize(p.read().folder()).toString()).append('\n')
                    .append(p.read().text());
            List<Inputs.File> inputs = new ArrayList<>();
            for (int i = 0; i < p.paths().size(); i++) {
                Path path = p.paths().get(i);
                StoredFiles.Info info = stored.get(path).join();
                CatalogSources.ListedFile listed = p.listed().get(i);
                inputs.add(new Inputs.File(null, listed.title(), listed.kind(), path.getFileName().toString(),
                        info.sha256()));
                source.append('\n').append(info.sha256());
            }
            Inputs.Solution input = CatalogSources.solution(slug, p.read().blockSlug(), p.read().page(), vocabulary,
                    inputs, ContentLoader.hash(source.toString()));
            LoadRun.Taken taken = run.solution(input);
            report.accept(p.source().where(), KIND, slug, ContentLoader.outcome(taken.written()), taken.note());
        } catch (Exception e) {
            report.reject(p.source().where(), KIND, slug, e);
        }
    }
}
