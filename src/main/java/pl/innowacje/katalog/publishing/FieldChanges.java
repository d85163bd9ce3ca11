package pl.innowacje.katalog.publishing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * What differs between two saved versions, field by field, as a reviewer wants to read it: a long text as changed
 * lines, a list as the items removed and added, anything else as before and after.
 */
public final class FieldChanges {

    /**
     * One changed field. {@code lines} is filled for long texts; otherwise {@code removed} and {@code added} hold
     * the old and new values (for a plain field, at most one each).
     */
    public record Change(String field, List<String> removed, List<String> added, List<TextDiff.Line> lines) {
    }

    /** Fields whose values are long texts, compared line by line. */
    private static final Set<String> TEXTS = Set.of("summary", "summaryEn", "goal", "description", "introduction", "details",
            "howToUse");

    private FieldChanges() {
    }

    /**
     * The changes from {@code before} (empty for a first version) to {@code after}, in the order of the fields;
     * {@code label} turns a field's stored value into what people read (a vocabulary code into its label, say).
     */
    public static List<Change> between(Map<String, Object> before, Map<String, Object> after,
            BiFunction<String, String, String> label) {
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        List<Change> out = new ArrayList<>();
        for (String field : fields) {
            Object was = before.get(field);
            Object is = after.get(field);
            if (Objects.equals(was, is)) {
                continue;
            }
            if (TEXTS.contains(field)) {
                out.add(new Change(field, List.of(), List.of(), TextDiff.lines(text(was), text(is))));
                continue;
            }
            List<String> old = values(was);
            List<String> now = values(is);
            List<String> removed = old.stream().filter(v -> !now.contains(v)).map(v -> label.apply(field, v)).toList();
            List<String> added = now.stream().filter(v -> !old.contains(v)).map(v -> label.apply(field, v)).toList();
            if (removed.isEmpty() && added.isEmpty()) {
                // Same items in another order (files moved, for one): show the whole new order.
                removed = old.stream().map(v -> label.apply(field, v)).toList();
                added = now.stream().map(v -> label.apply(field, v)).toList();
            }
            out.add(new Change(field, removed, added, List.of()));
        }
        return out;
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static List<String> values(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }
}
