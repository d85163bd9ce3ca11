package pl.innowacje.katalog.importing;

import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** A Markdown file with YAML front matter between two {@code ---} lines. */
record FrontMatter(Fields fields, String body) {

    static FrontMatter parse(String text, String where) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        s = s.replace("\r\n", "\n");
        if (!s.startsWith("---\n")) {
            throw new RecordProblem(where, null, "import.problem.frontMatter");
        }
        int end = s.indexOf("\n---", 4);
        if (end < 0) {
            throw new RecordProblem(where, null, "import.problem.frontMatterOpen");
        }
        Object yaml = yaml(s.substring(4, end), where);
        if (!(yaml instanceof Map)) {
            throw new RecordProblem(where, null, "import.problem.frontMatterMap");
        }
        int bodyStart = s.indexOf('\n', end + 4);
        String body = bodyStart < 0 ? "" : s.substring(bodyStart + 1).strip();
        return new FrontMatter(new Fields(cast(yaml), where), body);
    }

    static List<Fields> list(String text, String where) {
        Object yaml = yaml(text, where);
        if (yaml == null) {
            return List.of();
        }
        if (!(yaml instanceof List<?> items)) {
            throw new RecordProblem(where, null, "import.problem.entries");
        }
        return items.stream().map(item -> {
            if (!(item instanceof Map)) {
                throw new RecordProblem(where, null, "import.problem.entry");
            }
            Map<String, Object> entry = cast(item);
            Object name = entry.containsKey("code") ? entry.get("code") : entry.getOrDefault("slug", "?");
            return new Fields(entry, where + " › " + name);
        }).toList();
    }

    /** SafeConstructor: content is data, never a way to build arbitrary Java objects. */
    private static Object yaml(String text, String where) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(5_000_000);
        try {
            return new Yaml(new SafeConstructor(options)).load(text);
        } catch (RuntimeException e) {
            throw new RecordProblem(where, null, "import.problem.yaml",
                    String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object v) {
        return (Map<String, Object>) v;
    }
}
