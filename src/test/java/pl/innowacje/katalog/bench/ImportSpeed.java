package pl.innowacje.katalog.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.util.FileSystemUtils;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import pl.innowacje.katalog.importing.LoadReport;
import pl.innowacje.katalog.importing.PackageImport;
import pl.innowacje.katalog.publishing.Actor;

/**
 * Import speed: the same generated solutions (without files, so that rows and not extraction are measured) loaded
 * from a content folder and imported from a spreadsheet manifest, each into a fresh portal that already holds the
 * vocabularies, areas and blocks. Two rounds, alternating, so that neither side alone pays for the JIT's warm-up.
 * {@code java -cp … pl.innowacje.katalog.bench.ImportSpeed --rows=10000 --work=DIR} (see bench/README.md).
 */
public final class ImportSpeed {

    private ImportSpeed() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            a.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        int rows = Integer.parseInt(a.getOrDefault("rows", "10000"));
        Path work = Path.of(a.getOrDefault("work", "target/import-speed"));
        System.out.println(run(rows, work, Integer.parseInt(a.getOrDefault("rounds", "2"))));
    }

    /** Figures by name: rows per second of each round of each side, and what each load reported. */
    static Map<String, Object> run(int rows, Path work, int rounds) throws Exception {
        FileSystemUtils.deleteRecursively(work);
        Path content = work.resolve("content");
        new CatalogueGenerator(paragraphs(), Path.of("content/vocabularies")).generate(content,
                Path.of("content/vocabularies"), rows, 0, 2);
        Path base = copyWithoutSolutions(content, work.resolve("base"));
        Path sheet = work.resolve("manifest/rozwiazania.csv");
        int written = toSheet(content, sheet);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rows", written);
        Actor admin = new Actor("import", true, false, List.of());
        for (int round = 1; round <= rounds; round++) {
            try (PortalPhase portal = new PortalPhase(work.resolve("data-content-" + round), 2)) {
                portal.load(base);
                long start = System.nanoTime();
                LoadReport load = portal.load(content);
                out.put("content_rows_per_s_" + round, Stats.perSecond(written, System.nanoTime() - start));
                out.put("content_created_" + round, load.created());
            }
            try (PortalPhase portal = new PortalPhase(work.resolve("data-import-" + round), 2)) {
                portal.load(base);
                PackageImport imports = portal.bean(PackageImport.class);
                long start = System.nanoTime();
                LoadReport dry = imports.run(sheet, "rozwiazania.csv", admin, true);
                out.put("dry_run_rows_per_s_" + round, Stats.perSecond(written, System.nanoTime() - start));
                start = System.nanoTime();
                LoadReport imported = imports.run(sheet, "rozwiazania.csv", admin, false);
                out.put("import_rows_per_s_" + round, Stats.perSecond(written, System.nanoTime() - start));
                out.put("import_created_" + round, imported.created());
                out.put("import_rejected_" + round, dry.rejected() + imported.rejected());
            }
        }
        return out;
    }

    /** Real Polish text for the generator: the paragraphs of the shipped catalogue's descriptions. */
    private static List<String> paragraphs() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> all = Files.walk(Path.of("content"))) {
            for (Path p : all.filter(f -> f.toString().endsWith(".md")).toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                int end = text.indexOf("\n---", 4);
                for (String para : text.substring(end < 0 ? 0 : end + 4).split("\n\\s*\n")) {
                    if (para.strip().length() > 80 && !para.strip().startsWith("#")) {
                        out.add(para.strip().replace('\n', ' '));
                    }
                }
            }
        }
        return out;
    }

    private static Path copyWithoutSolutions(Path content, Path target) throws IOException {
        try (Stream<Path> all = Files.walk(content)) {
            for (Path p : all.toList()) {
                Path rel = content.relativize(p);
                boolean blockCard = rel.getNameCount() == 3 && rel.endsWith("block.md");
                if (rel.getNameCount() >= 3 && !blockCard && !rel.startsWith("vocabularies")) {
                    continue;
                }
                Path to = target.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }

    /** Each generated solution.md as a row of the manifest, field for field. */
    @SuppressWarnings("unchecked")
    private static int toSheet(Path content, Path sheet) throws IOException {
        Files.createDirectories(sheet.getParent());
        List<String> columns = List.of("slug", "title", "summary", "goal", "description", "status", "block",
                "programme", "problems", "users", "beneficiaries", "forms", "regions", "period_from", "period_to",
                "keywords", "contact_name", "contact_email", "verification_result", "verification_date",
                "verification_by");
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        int rows = 0;
        try (Writer w = Files.newBufferedWriter(sheet, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder()
                     .setHeader(columns.toArray(String[]::new)).get());
             Stream<Path> all = Files.walk(content)) {
            for (Path md : all.filter(p -> p.getFileName().toString().equals("solution.md")).sorted().toList()) {
                String text = Files.readString(md, StandardCharsets.UTF_8);
                int end = text.indexOf("\n---", 4);
                Map<String, Object> f = (Map<String, Object>) yaml.load(text.substring(4, end));
                Map<String, Object> period = (Map<String, Object>) f.getOrDefault("period", Map.of());
                Map<String, Object> contact = (Map<String, Object>) f.getOrDefault("contact", Map.of());
                Map<String, Object> v = (Map<String, Object>) f.getOrDefault("verification", Map.of());
                csv.printRecord(md.getParent().getFileName().toString(), f.get("title"), f.get("summary"),
                        f.get("goal"), text.substring(text.indexOf('\n', end + 4) + 1).strip(), f.get("status"),
                        md.getParent().getParent().getFileName().toString(), f.get("programme"),
                        join(f.get("problems")), join(f.get("users")), join(f.get("beneficiaries")),
                        join(f.get("forms")), join(f.get("regions")), text(period.get("from")),
                        text(period.get("to")), join(f.get("keywords")), contact.get("name"), contact.get("email"),
                        v.get("result"), text(v.get("date")), v.get("by"));
                rows++;
            }
        }
        return rows;
    }

    private static String join(Object list) {
        return list instanceof List<?> l ? String.join("; ", l.stream().map(String::valueOf).toList()) : "";
    }

    private static String text(Object value) {
        if (value instanceof java.util.Date d) {
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
        }
        return value == null ? "" : String.valueOf(value);
    }
}
