package pl.innowacje.katalog.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A judged set read from a tab-separated data file (format in src/test/resources/relevance/README.md): queries by
 * group, each with the solution slugs a person would accept as an answer, and the floors each group's figures must
 * not fall below. A malformed line fails the read with its line number, so a slip in the data never passes silently.
 */
record JudgedSet(String source, List<Judged> queries, Map<String, Floor> floors) {

    /** The floor of the whole set is written under this name. */
    static final String ALL = "all";

    record Judged(int line, String group, String query, List<String> expected, String comment) {
    }

    record Floor(double recallAt3, double mrr) {
    }

    static JudgedSet read(String resource) {
        try (InputStream in = JudgedSet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no judged set at classpath:" + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JudgedSet parse(String source, String text) {
        List<Judged> queries = new ArrayList<>();
        Map<String, Floor> floors = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            String raw = lines[i].stripTrailing();
            if (raw.isBlank() || raw.startsWith("#")) {
                continue;
            }
            String[] cols = raw.split("\t");
            if (cols.length < 3) {
                throw bad(source, line, "expected at least three tab-separated columns, got " + cols.length);
            }
            if ("floor".equals(cols[0])) {
                if (cols.length < 4 || floors.containsKey(cols[1])) {
                    throw bad(source, line, "a floor is: floor, group, recall@3, MRR (once per group)");
                }
                floors.put(cols[1], new Floor(number(source, line, cols[2]), number(source, line, cols[3])));
                continue;
            }
            String group = cols[0].strip();
            String query = cols[1].strip();
            List<String> expected = List.of(cols[2].strip().split("[,\\s]+"));
            if (!group.matches("[a-z][a-z0-9-]*") || ALL.equals(group)) {
                throw bad(source, line, "group must be a lower-case name other than '" + ALL + "', got '" + group
                        + "'");
            }
            if (query.isEmpty() || expected.stream().anyMatch(s -> !s.matches("[a-z0-9]+(-[a-z0-9]+)*"))) {
                throw bad(source, line, "a query and solution slugs (a-z, 0-9, -) are required");
            }
            Integer earlier = seen.put(query.toLowerCase(Locale.ROOT), line);
            if (earlier != null) {
                throw bad(source, line, "the same query is already judged on line " + earlier);
            }
            queries.add(new Judged(line, group, query, expected, cols.length > 3 ? cols[3].strip() : ""));
        }
        return new JudgedSet(source, List.copyOf(queries), Map.copyOf(floors));
    }

    /** Groups in the order the file first names them. */
    List<String> groups() {
        Set<String> out = new LinkedHashSet<>();
        queries.forEach(q -> out.add(q.group()));
        return List.copyOf(out);
    }

    /** Every slug the set expects; a test checks they all exist, so a mistyped slug cannot count as a plain miss. */
    Set<String> expectedSlugs() {
        Set<String> out = new LinkedHashSet<>();
        queries.forEach(q -> out.addAll(q.expected()));
        return out;
    }

    private static double number(String source, int line, String s) {
        try {
            double d = Double.parseDouble(s.strip());
            if (d < 0 || d > 1) {
                throw bad(source, line, "a floor lies between 0 and 1, got " + s);
            }
            return d;
        } catch (NumberFormatException e) {
            throw bad(source, line, "not a number: '" + s + "'");
        }
    }

    private static IllegalArgumentException bad(String source, int line, String why) {
        return new IllegalArgumentException(source + ":" + line + ": " + why);
    }
}
