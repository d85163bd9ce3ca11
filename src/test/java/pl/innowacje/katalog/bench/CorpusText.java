package pl.innowacje.katalog.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Polish paragraphs drawn from a folder of real documents, read once with Tika and kept in the work folder so a
 * second run starts at once. Only paragraphs that read as Polish prose are kept: long enough, mostly letters, with
 * Polish letters in them.
 */
final class CorpusText {

    private static final Set<String> KINDS = Set.of("pdf", "epub", "html", "htm", "docx", "odt", "md", "txt");
    private static final long MAX_CHARACTERS = 60_000_000;

    private CorpusText() {
    }

    static List<String> paragraphs(Path corpus, Path work, int threads) throws Exception {
        Path cache = work.resolve("corpus-paragraphs.txt");
        Path marker = work.resolve("corpus-source.txt");
        String source = corpus.toAbsolutePath().normalize().toString();
        if (Files.exists(cache) && Files.exists(marker) && Files.readString(marker).equals(source)) {
            return Files.readAllLines(cache, StandardCharsets.UTF_8);
        }
        List<Path> files;
        // A link to the corpus (target/corpus made by ln -s) is followed: a walk does not enter a link it starts from.
        try (Stream<Path> walk = Files.walk(corpus.toRealPath())) {
            files = walk.filter(Files::isRegularFile).filter(CorpusText::readable).sorted().toList();
        }
        AutoDetectParser parser = new AutoDetectParser();
        ConcurrentLinkedQueue<String> found = new ConcurrentLinkedQueue<>();
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> files.parallelStream().forEach(f -> found.addAll(read(parser, f)))).get();
        } finally {
            pool.shutdown();
        }
        Set<String> unique = new LinkedHashSet<>();
        long total = 0;
        List<String> shuffled = new ArrayList<>(found);
        Collections.sort(shuffled);
        Collections.shuffle(shuffled, new java.util.Random(7));
        for (String p : shuffled) {
            if (total > MAX_CHARACTERS) {
                break;
            }
            if (unique.add(p)) {
                total += p.length();
            }
        }
        List<String> out = new ArrayList<>(unique);
        Files.createDirectories(work);
        Files.write(cache, out, StandardCharsets.UTF_8);
        Files.writeString(marker, source);
        return out;
    }

    private static boolean readable(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && KINDS.contains(name.substring(dot + 1));
    }

    private static List<String> read(AutoDetectParser parser, Path file) {
        BodyContentHandler text = new BodyContentHandler(5_000_000);
        try (InputStream in = Files.newInputStream(file)) {
            // Text layers only, as the portal reads them: OCR would make the corpus depend on the machine.
            parser.parse(in, text, new Metadata(), ExtractionComparison.context(false));
        } catch (Exception e) {
            // A corpus file that cannot be read (or is cut at the limit) still gives what was read.
        }
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : text.toString().split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) {
                keep(paragraph.toString(), out);
                paragraph.setLength(0);
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(l);
            }
        }
        keep(paragraph.toString(), out);
        return out;
    }

    private static void keep(String p, List<String> out) {
        String s = p.replaceAll("\\s+", " ").strip();
        if (s.length() < 80 || s.length() > 2000) {
            return;
        }
        long letters = s.chars().filter(Character::isLetter).count();
        long polish = s.chars().filter(c -> "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ".indexOf(c) >= 0).count();
        if (letters >= s.length() * 0.7 && polish >= 2) {
            out.add(s);
        }
    }
}
