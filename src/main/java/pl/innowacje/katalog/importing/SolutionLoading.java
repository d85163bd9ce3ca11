package pl.innowacje.katalog.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * Loads solution folders in chunks: read the chunk's solution.md files, store and extract all their files in
 * parallel (as many at once as extraction threads), then write the solutions one by one. A folder that cannot be read
 * is rejected with its reason; the rest of the chunk goes on.
 */
final class SolutionLoading {

    /** A solution folder and the block it sits in. */
    record Folder(String blockSlug, Path path) {
    }

    private record Parsed(Folder folder, String where, FrontMatter page, String text,
            List<CatalogSources.ListedFile> listed, List<Path> paths) {
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

    void load(Path root, List<Folder> folders, LoadReport report, LoadRun run) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int from = 0; from < folders.size(); from += CHUNK) {
                loadChunk(root, folders.subList(from, Math.min(folders.size(), from + CHUNK)), report, pool, run);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void loadChunk(Path root, List<Folder> chunk, LoadReport report, ExecutorService pool, LoadRun run) {
        List<Parsed> parsed = new ArrayList<>();
        for (Folder folder : chunk) {
            Path file = folder.path().resolve("solution.md");
            String where = root.relativize(file).toString();
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                FrontMatter page = FrontMatter.parse(text, where);
                List<CatalogSources.ListedFile> listed = CatalogSources.listedFiles(page);
                List<Path> paths = new ArrayList<>();
                for (CatalogSources.ListedFile l : listed) {
                    Path path = folder.path().resolve(l.path()).normalize();
                    if (!path.startsWith(folder.path()) || !Files.isRegularFile(path)) {
                        throw new RecordProblem(where, "files", "import.problem.file", l.path());
                    }
                    paths.add(path);
                }
                parsed.add(new Parsed(folder, where, page, text, listed, paths));
            } catch (IOException | RuntimeException e) {
                report.reject(where, KIND, folder.path().getFileName().toString(), e);
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
            write(root, p, stored, report, run);
        }
    }

    private StoredFiles.Info store(Path path, LoadRun run) {
        try {
            StoredFiles.Stored stored = files.storeNoting(path, path.getFileName().toString());
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
        String slug = p.folder().path().getFileName().toString();
        try {
            StringBuilder source = new StringBuilder(root.relativize(p.folder().path()).toString()).append('\n')
                    .append(p.text());
            List<Inputs.File> inputs = new ArrayList<>();
            for (int i = 0; i < p.paths().size(); i++) {
                Path path = p.paths().get(i);
                StoredFiles.Info info = stored.get(path).join();
                CatalogSources.ListedFile listed = p.listed().get(i);
                inputs.add(new Inputs.File(null, listed.title(), listed.kind(), path.getFileName().toString(),
                        info.sha256()));
                source.append('\n').append(info.sha256());
            }
            Inputs.Solution input = CatalogSources.solution(slug, p.folder().blockSlug(), p.page(), vocabulary, inputs,
                    ContentLoader.hash(source.toString()));
            LoadRun.Taken taken = run.solution(input);
            report.accept(p.where(), KIND, slug, ContentLoader.outcome(taken.written()), taken.note());
        } catch (Exception e) {
            report.reject(p.where(), KIND, slug, e);
        }
    }
}
