package pl.innowacje.katalog.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.catalog.Vocabulary;

/**
 * A spreadsheet manifest as solutions: one row per solution, a column per field (the names are in
 * {@link #COLUMNS} and import/README.md), several values separated by ";", the parts of a result, a component or a
 * file by "|", vocabulary values by code or by Polish label, files by path relative to the spreadsheet. Each row
 * becomes the same fields a solution.md holds, so that both are checked and written by the same code.
 */
final class SheetSolutions {

    static final List<String> COLUMNS = List.of("slug", "title", "title_en", "summary", "summary_en", "goal",
            "description", "status", "block", "blocks", "group", "programme", "project", "partners", "problems",
            "users", "beneficiaries", "forms", "regions", "period_from", "period_to", "language", "licence",
            "keywords", "contact_name", "contact_organisation", "contact_email", "verification_result",
            "verification_date", "verification_by", "results", "components", "related", "files");
    private static final Map<String, Vocabulary> VOCABULARY_COLUMNS = Map.of("problems", Vocabulary.PROBLEM,
            "users", Vocabulary.USER, "beneficiaries", Vocabulary.BENEFICIARY, "forms", Vocabulary.FORM,
            "regions", Vocabulary.REGION);
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LIST = Pattern.compile("\\s*;\\s*");
    private static final Pattern PARTS = Pattern.compile("\\s*\\|\\s*");

    private final Vocabularies vocabularies;

    SheetSolutions(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    /** The rows as sources; a sheet with a column this format does not know, or without slug or title, is refused. */
    List<SolutionLoading.Source> sources(SheetReader.Sheet sheet, String sheetName, Path folder) {
        List<String> unknown = sheet.columns().stream().filter(c -> !c.isEmpty() && !COLUMNS.contains(c)).toList();
        if (!unknown.isEmpty()) {
            throw new PackageRefusal("import.failure.columns", String.join(", ", unknown),
                    String.join(", ", COLUMNS));
        }
        for (String required : List.of("slug", "title", "status", "block")) {
            if (!sheet.columns().contains(required)) {
                throw new PackageRefusal("import.failure.missingColumn", required);
            }
        }
        Set<String> seen = new HashSet<>();
        List<SolutionLoading.Source> sources = new ArrayList<>();
        for (SheetReader.SheetRow row : sheet.rows()) {
            String where = sheetName + ":" + row.number();
            String slug = row.values().getOrDefault("slug", "");
            boolean first = seen.add(slug);
            sources.add(new Row(where, slug, () -> read(row, where, slug, first, folder)));
        }
        return sources;
    }

    private interface Reading {
        SolutionLoading.Read read();
    }

    private record Row(String where, String slug, Reading reading) implements SolutionLoading.Source {
        @Override
        public SolutionLoading.Read read() {
            return reading.read();
        }
    }

    private SolutionLoading.Read read(SheetReader.SheetRow row, String where, String slug, boolean first,
            Path folder) {
        Map<String, String> v = row.values();
        if (!SLUG.matcher(slug).matches()) {
            throw new RecordProblem(where, "slug", "import.problem.slug");
        }
        if (!first) {
            throw new RecordProblem(where, "slug", "import.problem.duplicate", slug);
        }
        Map<String, Object> f = new LinkedHashMap<>();
        for (String name : List.of("title", "title_en", "summary", "summary_en", "goal", "status", "group",
                "project", "language", "licence")) {
            put(f, name, v.get(name));
        }
        for (String name : List.of("blocks", "partners", "keywords", "related")) {
            f.put(name, list(v.get(name)));
        }
        for (Map.Entry<String, Vocabulary> e : VOCABULARY_COLUMNS.entrySet()) {
            f.put(e.getKey(), codes(where, e.getKey(), e.getValue(), list(v.get(e.getKey()))));
        }
        List<String> programme = codes(where, "programme", Vocabulary.PROGRAMME, list(v.get("programme")));
        put(f, "programme", programme.isEmpty() ? null : programme.get(0));
        f.put("period", object(v, "period_from", "from", "period_to", "to"));
        f.put("contact", object(v, "contact_name", "name", "contact_organisation", "organisation",
                "contact_email", "email"));
        Map<String, Object> verification = object(v, "verification_result", "result", "verification_date", "date",
                "verification_by", "by");
        if (!verification.isEmpty()) {
            f.put("verification", verification);
        }
        f.put("results", parts(v.get("results"), "label", "value", "unit"));
        f.put("components", parts(v.get("components"), "name", "usage"));
        f.put("files", parts(v.get("files"), "path", "title", "kind"));
        StringBuilder text = new StringBuilder();
        COLUMNS.forEach(c -> text.append(c).append('=').append(v.getOrDefault(c, "")).append('\n'));
        String description = v.getOrDefault("description", "");
        return new SolutionLoading.Read(v.getOrDefault("block", ""), folder,
                new FrontMatter(new Fields(f, where), description), text.toString());
    }

    /** Codes for values given by code or by Polish label (letter case aside). */
    private List<String> codes(String where, String column, Vocabulary vocabulary, List<String> values) {
        List<String> codes = new ArrayList<>();
        for (String value : values) {
            if (vocabularies.exists(vocabulary, value)) {
                codes.add(value);
                continue;
            }
            String code = vocabularies.terms(vocabulary).stream()
                    .filter(t -> t.labelPl().equalsIgnoreCase(value)
                            || t.code().equalsIgnoreCase(value)).map(Vocabularies.Term::code).findFirst()
                    .orElseThrow(() -> new RecordProblem(where, column, "import.problem.label",
                            vocabulary.name().toLowerCase(Locale.ROOT), value));
            codes.add(code);
        }
        return codes;
    }

    private static void put(Map<String, Object> f, String name, String value) {
        if (value != null && !value.isBlank()) {
            f.put(name, value.strip());
        }
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return LIST.splitAsStream(value.strip()).filter(s -> !s.isBlank()).toList();
    }

    /** Pairs of (column, field) as one object of the fields that have a value. */
    private static Map<String, Object> object(Map<String, String> v, String... columnsAndFields) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndFields.length; i += 2) {
            put(out, columnsAndFields[i + 1], v.get(columnsAndFields[i]));
        }
        return out;
    }

    /** "a | b | c; d | e" as a list of objects with the given field names. */
    static List<Map<String, Object>> parts(String value, String... names) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String item : list(value)) {
            String[] parts = PARTS.split(item, names.length);
            Map<String, Object> o = new LinkedHashMap<>();
            for (int i = 0; i < parts.length; i++) {
                put(o, names[i], parts[i]);
            }
            out.add(o);
        }
        return out;
    }
}
