package pl.innowacje.katalog.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import pl.innowacje.katalog.catalog.Inputs;
import pl.innowacje.katalog.catalog.ReferenceWriter;
import pl.innowacje.katalog.catalog.SolutionWriter;
import pl.innowacje.katalog.catalog.StructureWriter;
import pl.innowacje.katalog.catalog.ThesaurusWriter;
import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.catalog.Vocabulary;
import pl.innowacje.katalog.catalog.Written;
import pl.innowacje.katalog.files.PendingReads;
import pl.innowacje.katalog.files.StoredFiles;
import pl.innowacje.katalog.system.PortalProperties;

/**
 * Loads a folder in the content format (see content/README.md) into the catalogue. Every record is written on its
 * own; a bad one is rejected with its reason and the rest goes on. Records whose source did not change are left alone,
 * so loading the same folder twice changes nothing.
 */
@Service
public class ContentLoader {

    private static final Logger log = LoggerFactory.getLogger(ContentLoader.class);

    private final ReferenceWriter references;
    private final StructureWriter structure;
    private final VocabularyCheck vocabulary;
    private final SolutionLoading solutionLoading;
    private final ThesaurusLoading thesaurus;
    private final MessageSource messages;
    private final LoadRun shipped;
    private final PendingReads pendingReads;

    ContentLoader(ReferenceWriter references, StructureWriter structure, SolutionWriter solutions, StoredFiles files,
            PendingReads pendingReads, Vocabularies vocabularies, ThesaurusWriter thesaurus, MessageSource messages,
            PortalProperties properties) {
        this.references = references;
        this.thesaurus = new ThesaurusLoading(thesaurus);
        this.structure = structure;
        this.messages = messages;
        this.vocabulary = new VocabularyCheck(vocabularies);
        this.solutionLoading = new SolutionLoading(files, vocabulary, properties.extraction().threads());
        this.shipped = new Shipped(solutions, properties.content().recordsFirst());
        this.pendingReads = pendingReads;
    }

    /** Loads the shipped catalogue (or any folder in its format): each record committed on its own. */
    public LoadReport load(Path root) {
        LoadReport report = load(root, shipped);
        // Records first: the text of files stored unread follows in the background.
        pendingReads.wake();
        log.info("content loaded from {}: {}", root.toAbsolutePath().normalize(), report);
        report.rejections().forEach(r -> log.warn("rejected {}: {}", r.path(), r.reason()));
        return report;
    }

    LoadReport load(Path root, LoadRun run) {
        long start = System.nanoTime();
        LoadReport report = new LoadReport(messages);
        load(root, run, report);
        report.took(Duration.ofNanos(System.nanoTime() - start));
        return report;
    }

    MessageSource messages() {
        return messages;
    }

    /** Solutions read from elsewhere than solution.md files (the rows of a spreadsheet), files named from {@code folder}. */
    void loadSolutions(Path folder, List<? extends SolutionLoading.Source> sources, LoadRun run, LoadReport report) {
        solutionLoading.load(folder, sources, report, run);
    }

    void load(Path root, LoadRun run, LoadReport report) {
        Path dir = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            report.fail(LoadReport.Reason.of("import.failure.notFolder", root.toString()));
            return;
        }
        loadVocabularies(dir, report, run);
        thesaurus.load(dir, report, run);
        loadList(dir, "organisations.yml", "organisation", report, run, f -> references.upsertOrganisation(
                ReferenceSources.organisation(f, hash(f.toString()))));
        loadList(dir, "projects.yml", "project", report, run, f -> references.upsertProject(
                ReferenceSources.project(f, hash(f.toString()))));
        List<SolutionLoading.Folder> solutionDirs = new ArrayList<>();
        for (Path area : subfolders(dir)) {
            Path areaFile = area.resolve("area.md");
            if (!Files.isRegularFile(areaFile)) {
                continue;
            }
            String areaSlug = area.getFileName().toString();
            boolean areaTaken = record(report, run, dir, areaFile, "area", areaSlug, page -> structure.upsertArea(
                    CatalogSources.area(areaSlug, page, hash(read(areaFile)))));
            for (Path block : subfolders(area)) {
                Path blockFile = block.resolve("block.md");
                if (!areaTaken || !Files.isRegularFile(blockFile)) {
                    continue;
                }
                String blockSlug = block.getFileName().toString();
                record(report, run, dir, blockFile, "block", blockSlug, page -> structure.upsertBlock(
                        CatalogSources.block(blockSlug, areaSlug, page, vocabulary, hash(read(blockFile)))));
                for (Path solution : subfolders(block)) {
                    if (Files.isRegularFile(solution.resolve("solution.md"))) {
                        solutionDirs.add(new SolutionLoading.Folder(blockSlug, solution,
                                dir.relativize(solution.resolve("solution.md")).toString()));
                    }
                }
            }
        }
        solutionLoading.load(dir, solutionDirs, report, run);
        Path news = dir.resolve("news");
        for (Path item : markdownFiles(news)) {
            String slug = item.getFileName().toString().replaceFirst("\\.md$", "");
            record(report, run, dir, item, "news", slug, page -> references.upsertNews(
                    ReferenceSources.news(slug, page, hash(read(item)))));
        }
    }

    private void loadVocabularies(Path root, LoadReport report, LoadRun run) {
        for (Map.Entry<String, Vocabulary> e : ReferenceSources.VOCABULARY_FILES.entrySet()) {
            Path file = root.resolve("vocabularies").resolve(e.getKey());
            if (Files.isRegularFile(file)) {
                String where = root.relativize(file).toString();
                reference(report, run, where, "vocabulary", e.getValue().name().toLowerCase(Locale.ROOT), () -> {
                    int changed = references.upsertTerms(ReferenceSources.terms(e.getValue(),
                            FrontMatter.list(read(file), where)));
                    return changed > 0 ? Written.UPDATED : Written.UNCHANGED;
                });
            }
        }
    }

    private interface Writer<T> {
        Written write(T value) throws IOException;
    }

    private void loadList(Path root, String name, String kind, LoadReport report, LoadRun run,
            Writer<Fields> writer) {
        Path file = root.resolve(name);
        if (!Files.isRegularFile(file)) {
            return;
        }
        List<Fields> entries;
        try {
            entries = FrontMatter.list(read(file), name);
        } catch (IOException | RuntimeException e) {
            report.reject(name, kind, null, e);
            return;
        }
        for (Fields entry : entries) {
            String slug = entry.text("slug");
            reference(report, run, name, kind, slug, () -> writer.write(entry));
        }
    }

    private boolean record(LoadReport report, LoadRun run, Path root, Path file, String kind, String slug,
            Writer<FrontMatter> writer) {
        String where = root.relativize(file).toString();
        return reference(report, run, where, kind, slug, () -> writer.write(FrontMatter.parse(read(file), where)));
    }

    /** Writes one record other than a solution as the run allows; a failure rejects that record alone. */
    static boolean reference(LoadReport report, LoadRun run, String where, String kind, String slug,
            java.util.concurrent.Callable<Written> write) {
        LoadReport.Reason refused = run.refusesReferences();
        if (refused != null) {
            report.reject(where, kind, slug, null, refused);
            return false;
        }
        try {
            report.accept(where, kind, slug, outcome(run.atomically(write)), null);
            return true;
        } catch (Exception e) {
            report.reject(where, kind, slug, e);
            return false;
        }
    }

    static LoadReport.Outcome outcome(Written written) {
        return LoadReport.Outcome.valueOf(written.name());
    }

    /**
     * The shipped catalogue: every record committed by itself, in the name of "content"; with {@code recordsFirst},
     * files stored unread (see {@link PendingReads}).
     */
    private record Shipped(SolutionWriter solutions, boolean recordsFirst) implements LoadRun {

        @Override
        public LoadReport.Reason refusesReferences() {
            return null;
        }

        @Override
        public <T> T atomically(java.util.concurrent.Callable<T> write) throws Exception {
            return write.call();
        }

        @Override
        public Taken solution(Inputs.Solution s) {
            return new Taken(solutions.upsert(s, "content"), null);
        }

        @Override
        public StoredFiles.Stored store(StoredFiles files, Path file) throws IOException {
            String name = file.getFileName().toString();
            return recordsFirst ? files.storeUnread(file, name) : files.storeNoting(file, name);
        }
    }

    private static List<Path> subfolders(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<Path> markdownFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
