package pl.innowacje.katalog.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import org.yaml.snakeyaml.Yaml;

import pl.innowacje.katalog.tools.handbooks.GeneratedDocuments;

/**
 * Writes a large catalogue in the content format (the same one content/ uses), with descriptions and handbooks drawn
 * from corpus paragraphs, vocabulary values and blocks spread unevenly as in a real catalogue (a few big blocks, many
 * small ones), and handbook files in PDF, DOCX, ODT and HTML. Deterministic for the same corpus and sizes.
 */
final class CatalogueGenerator {

    record Generated(Path root, int solutions, int files, Map<String, Integer> filesByType, List<String> titles) {
    }

    private static final String[] AREAS = {"zatrudnienie-i-integracja-spoleczna", "edukacja-i-szkolnictwo-wyzsze",
            "dobre-rzadzenie", "adaptacyjnosc"};
    private static final String[] AREA_TITLES = {"Zatrudnienie i integracja społeczna", "Edukacja i szkolnictwo wyższe",
            "Dobre rządzenie", "Adaptacyjność"};
    private static final int BLOCKS_PER_AREA = 10;
    private static final String[] FORMATS = {"pdf", "docx", "pdf", "odt", "html", "pdf", "docx", "html"};

    private final List<String> paragraphs;
    private final Map<String, List<String>> codes;

    CatalogueGenerator(List<String> paragraphs, Path vocabularies) throws IOException {
        if (paragraphs.size() < 50) {
            throw new IllegalArgumentException("the corpus gave only " + paragraphs.size() + " paragraphs; need 50+");
        }
        this.paragraphs = paragraphs;
        this.codes = Map.of("problems", codes(vocabularies.resolve("problems.yml")),
                "users", codes(vocabularies.resolve("users.yml")),
                "beneficiaries", codes(vocabularies.resolve("beneficiaries.yml")),
                "forms", codes(vocabularies.resolve("forms.yml")),
                "regions", codes(vocabularies.resolve("regions.yml")),
                "programmes", codes(vocabularies.resolve("programmes.yml")));
    }

    @SuppressWarnings("unchecked")
    private static List<String> codes(Path file) throws IOException {
        List<Map<String, Object>> entries = new Yaml().load(Files.readString(file));
        return entries.stream().map(e -> String.valueOf(e.get("code"))).toList();
    }

    Generated generate(Path root, Path vocabularies, int solutions, int files, int threads) throws Exception {
        Files.createDirectories(root.resolve("vocabularies"));
        try (var list = Files.list(vocabularies)) {
            for (Path v : list.toList()) {
                Files.copy(v, root.resolve("vocabularies").resolve(v.getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        List<String> blocks = new ArrayList<>();
        for (int a = 0; a < AREAS.length; a++) {
            Path area = Files.createDirectories(root.resolve(AREAS[a]));
            write(area.resolve("area.md"), "---\ntitle: " + q(AREA_TITLES[a]) + "\nprogramme: POKL\norder: " + a
                    + "\n---\n" + paragraphs.get(a) + "\n");
            for (int b = 0; b < BLOCKS_PER_AREA; b++) {
                Random r = new Random(1000L * a + b);
                String slug = "blok-" + a + "-" + b;
                blocks.add(AREAS[a] + "/" + slug);
                Path block = Files.createDirectories(area.resolve(slug));
                write(block.resolve("block.md"), "---\ntitle: " + q(title(r)) + "\norder: " + b + "\nproblems: "
                        + pick(r, "problems", 2) + "\nusers: " + pick(r, "users", 3) + "\nbeneficiaries: "
                        + pick(r, "beneficiaries", 2) + "\nbenefits:\n  - " + q(sentence(r)) + "\n---\n"
                        + paragraph(r) + "\n");
            }
        }
        int stride = files == 0 ? Integer.MAX_VALUE : Math.max(1, solutions / files);
        GeneratedDocuments documents = new GeneratedDocuments();
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, solutions).parallel().forEach(i -> {
                try {
                    boolean withFile = i % stride == 0 && i / stride < files;
                    solution(root, blocks, i, withFile ? FORMATS[(i / stride) % FORMATS.length] : null, documents);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            })).get();
        } finally {
            pool.shutdown();
        }
        Map<String, Integer> byType = new java.util.TreeMap<>();
        int written = 0;
        for (int i = 0; i < solutions && written < files; i += stride) {
            byType.merge(FORMATS[(i / stride) % FORMATS.length], 1, Integer::sum);
            written++;
        }
        return new Generated(root, solutions, written, byType, titles(solutions));
    }

    /** The titles of the first solutions (at most 2,000), which the query mix draws on; the same on every run. */
    List<String> titles(int solutions) {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < Math.min(solutions, 2000); i++) {
            titles.add(title(new Random(i)));
        }
        return titles;
    }

    private void solution(Path root, List<String> blocks, int i, String format, GeneratedDocuments documents)
            throws IOException {
        Random r = new Random(i);
        String title = title(r);
        // A few blocks hold most solutions, as in a real catalogue.
        String block = blocks.get((int) (blocks.size() * Math.pow(r.nextDouble(), 2)));
        Path folder = Files.createDirectories(root.resolve(block).resolve("rozwiazanie-" + i));
        double s = r.nextDouble();
        String status = s < 0.90 ? "PUBLISHED" : s < 0.97 ? "IN_DEVELOPMENT" : "DRAFT";
        int year = 2009 + r.nextInt(16);
        StringBuilder md = new StringBuilder("---\n")
                .append("title: ").append(q(title)).append('\n')
                .append("summary: ").append(q(sentence(r))).append('\n')
                .append("goal: ").append(q(sentence(r))).append('\n')
                .append("status: ").append(status).append('\n')
                .append("programme: ").append(codes.get("programmes").get(r.nextInt(codes.get("programmes").size())))
                .append('\n')
                .append("problems: ").append(pick(r, "problems", 3)).append('\n')
                .append("users: ").append(pick(r, "users", 3)).append('\n')
                .append("beneficiaries: ").append(pick(r, "beneficiaries", 2)).append('\n')
                .append("forms: ").append(pick(r, "forms", 2)).append('\n')
                .append("regions: ").append(pick(r, "regions", 2)).append('\n')
                .append("period: {from: ").append(year).append("-01-01, to: ").append(year + 2).append("-06-30}\n")
                .append("keywords: [").append(q(word(r))).append(", ").append(q(word(r))).append("]\n")
                .append("contact: {name: \"Realizator\", email: \"kontakt@katalog-innowacji.example\"}\n");
        if (!"IN_DEVELOPMENT".equals(status) && !"DRAFT".equals(status)) {
            md.append("verification: {result: POSITIVE, date: ").append(year + 2).append(String.format(
                    Locale.ROOT, "-%02d-%02d", 1 + r.nextInt(12), 1 + r.nextInt(28))).append(", by: \"Zespół\"}\n");
        }
        if (format != null) {
            String name = "podrecznik-" + i + "." + format;
            List<String> text = new ArrayList<>();
            int n = 10 + r.nextInt(20);
            for (int p = 0; p < n; p++) {
                text.add(paragraph(r));
            }
            Path file = folder.resolve(name);
            if ("html".equals(format)) {
                write(file, html(title, text));
            } else {
                documents.write(file, title, text);
            }
            md.append("files:\n  - {path: ").append(name).append(", title: ").append(q("Podręcznik: " + title))
                    .append(", kind: HANDBOOK}\n");
        }
        md.append("---\n");
        int n = 3 + r.nextInt(4);
        for (int p = 0; p < n; p++) {
            md.append(paragraph(r)).append("\n\n");
        }
        write(folder.resolve("solution.md"), md.toString());
    }

    private static String html(String title, List<String> text) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"pl\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title></head><body><h1>").append(escape(title)).append("</h1>\n");
        text.forEach(p -> sb.append("<p>").append(escape(p)).append("</p>\n"));
        return sb.append("</body></html>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private String paragraph(Random r) {
        return paragraphs.get(r.nextInt(paragraphs.size()));
    }

    private String sentence(Random r) {
        String p = paragraph(r);
        int end = p.indexOf(". ");
        return (end > 40 ? p.substring(0, end + 1) : p.substring(0, Math.min(p.length(), 240))).strip();
    }

    private String word(Random r) {
        String[] words = paragraph(r).split("[^\\p{L}]+");
        for (int tries = 0; tries < 20; tries++) {
            String w = words[r.nextInt(words.length)];
            if (w.length() >= 6) {
                return w.toLowerCase(Locale.ROOT);
            }
        }
        return "innowacja";
    }

    String title(Random r) {
        String[] words = paragraph(r).replaceAll("[^\\p{L}\\p{Nd} -]", " ").trim().split("\\s+");
        int start = words.length > 12 ? r.nextInt(words.length - 10) : 0;
        int count = Math.min(words.length - start, 3 + r.nextInt(6));
        String t = String.join(" ", java.util.Arrays.copyOfRange(words, start, start + count)).strip();
        return t.isEmpty() ? "Rozwiązanie" : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private String pick(Random r, String vocabulary, int max) {
        List<String> all = codes.get(vocabulary);
        java.util.Set<String> chosen = new java.util.LinkedHashSet<>();
        int n = 1 + r.nextInt(max);
        for (int i = 0; i < n; i++) {
            chosen.add(all.get((int) (all.size() * Math.pow(r.nextDouble(), 1.5))));
        }
        return "[" + String.join(", ", chosen.stream().map(CatalogueGenerator::q).toList()) + "]";
    }

    /** A YAML double-quoted scalar. */
    static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
