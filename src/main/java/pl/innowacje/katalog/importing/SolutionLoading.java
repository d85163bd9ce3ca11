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
import pl.innowacje.katalog.catalog.SolutionWriter;
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

    /** Large enough that a chunk holds many files to extract side by side, small enough to keep memory flat. */
    private static final int CHUNK = 1000;

    private final SolutionWriter solutions;
    private final StoredFiles files;
    private final VocabularyCheck vocabulary;
    private final int threads;

    SolutionLoading(SolutionWriter solutions, StoredFiles files, VocabularyCheck vocabulary, int threads) {
        this.solutions = solutions;
        this.files = files;
        this.vocabulary = vocabulary;
        this.threads = Math.max(1, threads);
    }

    void load(Path root, List<Folder> folders, LoadReport report) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int from = 0; from < folders.size(); from += CHUNK) {
                loadChunk(root, folders.subList(from, Math.min(folders.size(), from + CHUNK)), report, pool);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void loadChunk(Path root, List<Folder> chunk, LoadReport report, ExecutorService pool) {
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
                        throw new IllegalArgumentException(where + ": file '" + l.path()
                                + "' is not in the solution's folder");
                    }
                    paths.add(path);
                }
                parsed.add(new Parsed(folder, where, page, text, listed, paths));
            } catch (IOException | RuntimeException e) {
                report.reject(where, ContentLoader.message(e));
            }
        }
        Map<Path, CompletableFuture<StoredFiles.Info>> stored = new LinkedHashMap<>();
        long start = System.nanoTime();
        for (Parsed p : parsed) {
            for (Path path : p.paths()) {
                stored.computeIfAbsent(path, k -> CompletableFuture.supplyAsync(() -> store(k), pool));
            }
        }
        CompletableFuture.allOf(stored.values().toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        report.addFiles(stored.size(), System.nanoTime() - start);
        for (Parsed p : parsed) {
            write(root, p, stored, report);
        }
    }

    private StoredFiles.Info store(Path path) {
        try {
            return files.store(path, path.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Path root, Parsed p, Map<Path, CompletableFuture<StoredFiles.Info>> stored,
            LoadReport report) {
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
            Inputs.Solution input = CatalogSources.solution(p.folder().path().getFileName().toString(),
                    p.folder().blockSlug(), p.page(), vocabulary, inputs, ContentLoader.hash(source.toString()));
            switch (solutions.upsert(input, "content")) {
                case CREATED -> report.countCreated();
                case UPDATED -> report.countUpdated();
                case UNCHANGED -> report.countUnchanged();
            }
        } catch (RuntimeException e) {
            Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null
                    ? e.getCause() : e;
            report.reject(p.where(), ContentLoader.message(cause instanceof Exception ex ? ex : e));
        }
    }
}
