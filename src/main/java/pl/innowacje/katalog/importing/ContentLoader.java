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
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import pl.innowacje.katalog.catalog.ReferenceWriter;
import pl.innowacje.katalog.catalog.SolutionWriter;
import pl.innowacje.katalog.catalog.StructureWriter;
import pl.innowacje.katalog.catalog.ThesaurusWriter;
import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.catalog.Vocabulary;
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

    ContentLoader(ReferenceWriter references, StructureWriter structure, SolutionWriter solutions, StoredFiles files,
            Vocabularies vocabularies, ThesaurusWriter thesaurus, MessageSource messages, PortalProperties properties) {
        this.references = references;
        this.thesaurus = new ThesaurusLoading(thesaurus, messages);
        this.structure = structure;
        this.vocabulary = new VocabularyCheck(vocabularies);
        this.solutionLoading = new SolutionLoading(solutions, files, vocabulary,
                properties.extraction().threads());
    }

    public LoadReport load(Path root) {
        long start = System.nanoTime();
        LoadReport report = new LoadReport();
        Path dir = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            report.reject(root.toString(), "not a folder");
            return report;
        }
        loadVocabularies(dir, report);
        thesaurus.load(dir, report);
        loadList(dir, "organisations.yml", report, f -> references.upsertOrganisation(
                ReferenceSources.organisation(f, hash(f.toString()))));
        loadList(dir, "projects.yml", report, f -> references.upsertProject(
                ReferenceSources.project(f, hash(f.toString()))));
        List<SolutionLoading.Folder> solutionDirs = new ArrayList<>();
        for (Path area : subfolders(dir)) {
            if (!Files.isRegularFile(area.resolve("area.md"))) {
                continue;
            }
            String areaSlug = area.getFileName().toString();
            if (!record(report, dir, area.resolve("area.md"), page -> structure.upsertArea(
                    CatalogSources.area(areaSlug, page, hash(read(area.resolve("area.md"))))))) {
                continue;
            }
            for (Path block : subfolders(area)) {
                Path blockFile = block.resolve("block.md");
                if (!Files.isRegularFile(blockFile)) {
                    continue;
                }
                String blockSlug = block.getFileName().toString();
                record(report, dir, blockFile, page -> structure.upsertBlock(
                        CatalogSources.block(blockSlug, areaSlug, page, vocabulary, hash(read(blockFile)))));
                for (Path solution : subfolders(block)) {
                    if (Files.isRegularFile(solution.resolve("solution.md"))) {
                        solutionDirs.add(new SolutionLoading.Folder(blockSlug, solution));
                    }
                }
            }
        }
        solutionLoading.load(dir, solutionDirs, report);
        Path news = dir.resolve("news");
        for (Path item : markdownFiles(news)) {
            String slug = item.getFileName().toString().replaceFirst("\\.md$", "");
            record(report, dir, item, page -> references.upsertNews(
                    ReferenceSources.news(slug, page, hash(read(item)))));
        }
        report.took(Duration.ofNanos(System.nanoTime() - start));
        log.info("content loaded from {}: {}", dir, report);
        report.rejections().forEach(r -> log.warn("rejected {}: {}", r.path(), r.reason()));
        return report;
    }

    private void loadVocabularies(Path root, LoadReport report) {
        for (Map.Entry<String, Vocabulary> e : ReferenceSources.VOCABULARY_FILES.entrySet()) {
            Path file = root.resolve("vocabularies").resolve(e.getKey());
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String where = root.relativize(file).toString();
            try {
                int changed = references.upsertTerms(ReferenceSources.terms(e.getValue(),
                        FrontMatter.list(read(file), where)));
                if (changed > 0) {
                    report.countUpdated();
                } else {
                    report.countUnchanged();
                }
            } catch (IOException | RuntimeException ex) {
                report.reject(where, message(ex));
            }
        }
    }

    private interface Writer<T> {
        boolean write(T value) throws IOException;
    }

    private void loadList(Path root, String name, LoadReport report, Writer<Fields> writer) {
        Path file = root.resolve(name);
        if (!Files.isRegularFile(file)) {
            return;
        }
        List<Fields> entries;
        try {
            entries = FrontMatter.list(read(file), name);
        } catch (IOException | RuntimeException e) {
            report.reject(name, message(e));
            return;
        }
        for (Fields entry : entries) {
            try {
                count(report, writer.write(entry));
            } catch (IOException | RuntimeException e) {
                report.reject(name, message(e));
            }
        }
    }

    private boolean record(LoadReport report, Path root, Path file, Writer<FrontMatter> writer) {
        String where = root.relativize(file).toString();
        try {
            count(report, writer.write(FrontMatter.parse(read(file), where)));
            return true;
        } catch (IOException | RuntimeException e) {
            report.reject(where, message(e));
            return false;
        }
    }

    private static void count(LoadReport report, boolean changed) {
        if (changed) {
            report.countUpdated();
        } else {
            report.countUnchanged();
        }
    }

    static String message(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
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

    private static String read(Path file) throws IOException {
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
