package pl.innowacje.katalog.tools.handbooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import pl.innowacje.katalog.tools.handbooks.HandbookWriter.Written;

/**
 * Regenerates the handbook documents shipped in the catalogue from their Markdown sources.
 *
 * <p>Arguments: {@code [sourcesDir=src/handbooks] [repositoryRoot=.]}. The PDF font comes from the
 * {@code HANDBOOK_FONT} system property or environment variable.
 */
public final class HandbookGenerator {

    private final HandbookParser parser = new HandbookParser();
    private final FontFiles fonts;

    HandbookGenerator(FontFiles fonts) {
        this.fonts = fonts;
    }

    public static void main(String[] args) {
        Path sources = Path.of(args.length > 0 ? args[0] : "src/handbooks");
        Path root = Path.of(args.length > 1 ? args[1] : ".");
        try {
            List<Written> written = new HandbookGenerator(FontFiles.configured()).generate(sources, root);
            for (Written file : written) {
                String pages = file.pages().isPresent() ? file.pages().getAsInt() + " pages  " : "";
                System.out.printf("%s  %s%d bytes%n", root.relativize(file.path()), pages, file.bytes());
            }
            System.out.println(written.isEmpty()
                    ? "No handbook sources found in " + sources.toAbsolutePath().normalize()
                    : written.size() + " handbook file(s) written");
        } catch (HandbookFormatException e) {
            System.err.println("Malformed handbook source: " + e.getMessage());
            System.exit(1);
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Handbook generation failed: " + e.getMessage());
            System.exit(2);
        }
    }

    /** Parses every source, then writes every output below {@code root}. */
    List<Written> generate(Path sourcesDir, Path root) throws IOException {
        if (!Files.isDirectory(sourcesDir)) {
            throw new IOException("sources directory not found: " + sourcesDir.toAbsolutePath().normalize());
        }
        // Everything is parsed before anything is written, so a broken source leaves the outputs untouched.
        List<Handbook> handbooks = new ArrayList<>();
        Map<Path, Path> producers = new HashMap<>();
        for (Path source : sources(sourcesDir)) {
            Handbook handbook = parser.parse(source);
            Path previous = producers.putIfAbsent(handbook.output(), source);
            if (previous != null) {
                throw new HandbookFormatException(source.toString(), 0,
                        "output " + handbook.output() + " is already produced by " + previous);
            }
            handbooks.add(handbook);
        }
        boolean needsFont = handbooks.stream().anyMatch(h -> h.format() == Handbook.Format.PDF);
        if (needsFont && !fonts.available()) {
            throw new IOException("font " + fonts.regular() + " not found; set " + FontFiles.SETTING
                    + " (system property or environment variable) to a TrueType font with Polish letters");
        }
        List<Written> written = new ArrayList<>();
        for (Handbook handbook : handbooks) {
            written.add(writer(handbook.format()).write(handbook, root.resolve(handbook.output())));
        }
        return written;
    }

    /** Markdown files below {@code dir} in a stable order; README files document the folder itself. */
    static List<Path> sources(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted()
                    .toList();
        }
    }

    HandbookWriter writer(Handbook.Format format) {
        return switch (format) {
            case PDF -> new PdfHandbookWriter(fonts);
            case DOCX -> new DocxHandbookWriter();
            case ODT -> new OdtHandbookWriter();
        };
    }
}
