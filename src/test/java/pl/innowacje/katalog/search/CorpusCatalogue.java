package pl.innowacje.katalog.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a catalogue in the content format (content/README.md) from a fixed list of real documents of the benchmark
 * corpus (bench/make-corpus.sh): one solution per document, titled with the document's own title, with that document
 * as its only handbook and no record text of its own, so what search finds comes from the document. The list
 * (relevance/corpus-documents.tsv) names each document's slug, path under the corpus folder, block and title.
 */
final class CorpusCatalogue {

    static final String AREA = "dokumentacja-oprogramowania";

    record Document(String slug, String path, String block, String title) {
    }

    record Listing(Map<String, String> blocks, List<Document> documents) {
    }

    private CorpusCatalogue() {
    }

    static Listing read(String resource) {
        try (InputStream in = CorpusCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no document list at classpath:" + resource);
            }
            Map<String, String> blocks = new LinkedHashMap<>();
            List<Document> documents = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].stripTrailing();
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if ("block".equals(cols[0]) && cols.length == 3) {
                    blocks.put(cols[1], cols[2]);
                } else if (cols.length == 4 && blocks.containsKey(cols[2])) {
                    documents.add(new Document(cols[0], cols[1], cols[2], cols[3]));
                } else {
                    throw new IllegalArgumentException(resource + ":" + (i + 1)
                            + ": expected 'block, slug, title' or 'slug, path, known block, title'");
                }
            }
            return new Listing(blocks, documents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The listed documents that the corpus folder lacks (a corpus made from other package versions). */
    static List<String> missing(Listing listing, Path corpus) {
        return listing.documents().stream().map(Document::path).filter(p -> !Files.isRegularFile(corpus.resolve(p)))
                .toList();
    }

    /**
     * Writes the catalogue under {@code root}. The shipped catalogue's reference data (vocabularies and whatever else
     * lies at the top of content/ beside its areas and news, a thesaurus for one) comes along, so the same search
     * vocabulary takes part.
     */
    static void write(Listing listing, Path corpus, Path shippedContent, Path root) throws IOException {
        copyReferenceFiles(shippedContent, root);
        Path area = Files.createDirectories(root.resolve(AREA));
        Files.writeString(area.resolve("area.md"), "---\ntitle: \"Dokumentacja oprogramowania\"\norder: 1\n---\n"
                + "Podręczniki i strony pomocy programów, wydane w pakietach Debiana.\n", StandardCharsets.UTF_8);
        int order = 0;
        for (Map.Entry<String, String> block : listing.blocks().entrySet()) {
            Path dir = Files.createDirectories(area.resolve(block.getKey()));
            Files.writeString(dir.resolve("block.md"), "---\ntitle: " + q(block.getValue()) + "\norder: " + ++order
                    + "\n---\n", StandardCharsets.UTF_8);
        }
        for (Document d : listing.documents()) {
            Path dir = Files.createDirectories(area.resolve(d.block()).resolve(d.slug()));
            Path source = corpus.resolve(d.path());
            String file = source.getFileName().toString();
            Files.copy(source, dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve("solution.md"), "---\n"
                    + "id: " + d.slug() + "\n"
                    + "title: " + q(d.title()) + "\n"
                    + "status: PUBLISHED\n"
                    + "verification: {result: POSITIVE, date: 2024-01-31, by: \"Zestaw kontrolny wyszukiwania\"}\n"
                    + "files:\n  - {path: " + q(file) + ", title: " + q(d.title()) + ", kind: HANDBOOK}\n"
                    + "---\n", StandardCharsets.UTF_8);
        }
    }

    /** Everything at the top of content/ but its areas (folders with an area.md) and its news. */
    private static void copyReferenceFiles(Path shippedContent, Path root) throws IOException {
        Files.createDirectories(root);
        try (var top = Files.list(shippedContent)) {
            for (Path entry : top.toList()) {
                boolean area = Files.isRegularFile(entry.resolve("area.md"));
                if (!area && !entry.getFileName().toString().equals("news")) {
                    copyTree(entry, root.resolve(entry.getFileName().toString()));
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** A YAML double-quoted scalar. */
    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
