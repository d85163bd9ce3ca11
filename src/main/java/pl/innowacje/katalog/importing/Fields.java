package pl.innowacje.katalog.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Typed reading of a YAML map with messages a content author understands ("field 'status': ..."), so a bad row is
 * rejected with its reason instead of failing somewhere deeper.
 */
final class Fields {

    private final Map<String, Object> values;
    private final String where;

    Fields(Map<String, Object> values, String where) {
        this.values = values == null ? Map.of() : values;
        this.where = where;
    }

    String text(String name) {
        Object v = values.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof Map || v instanceof List) {
            throw invalid(name, "import.problem.text");
        }
        String s = String.valueOf(v).strip();
        return s.isEmpty() ? null : s;
    }

    String required(String name) {
        String s = text(name);
        if (s == null) {
            throw invalid(name, "import.problem.required");
        }
        return s;
    }

    int integer(String name, int fallback) {
        String s = text(name);
        try {
            return s == null ? fallback : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw invalid(name, "import.problem.integer", s);
        }
    }

    BigDecimal decimal(String name) {
        String s = required(name);
        try {
            return new BigDecimal(s.replace(',', '.').replace(" ", ""));
        } catch (NumberFormatException e) {
            throw invalid(name, "import.problem.number", s);
        }
    }

    LocalDate date(String name) {
        Object v = values.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(v).strip());
        } catch (DateTimeParseException e) {
            throw invalid(name, "import.problem.date", String.valueOf(v));
        }
    }

    List<String> texts(String name) {
        Object v = values.get(name);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            String s = String.valueOf(v).strip();
            return s.isEmpty() ? List.of() : List.of(s);
        }
        List<String> out = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof Map) {
                throw invalid(name, "import.problem.texts");
            }
            if (item != null && !String.valueOf(item).isBlank()) {
                out.add(String.valueOf(item).strip());
            }
        }
        return out;
    }

    Fields object(String name) {
        Object v = values.get(name);
        if (v != null && !(v instanceof Map)) {
            throw invalid(name, "import.problem.map");
        }
        return new Fields(cast(v), where + " › " + name);
    }

    boolean has(String name) {
        return values.get(name) != null;
    }

    List<Fields> objects(String name) {
        Object v = values.get(name);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            throw invalid(name, "import.problem.list");
        }
        List<Fields> out = new ArrayList<>();
        int i = 1;
        for (Object item : list) {
            if (!(item instanceof Map)) {
                throw invalid(name, "import.problem.item", i);
            }
            out.add(new Fields(cast(item), where + " › " + name + "[" + i++ + "]"));
        }
        return out;
    }

    /** The entry's values in a stable written form, to tell whether it changed since the last load. */
    @Override
    public String toString() {
        return values.toString();
    }

    /** The problem of field {@code name}: a message of the bundles ({@code import.problem.*}) with its values. */
    RecordProblem invalid(String name, String key, Object... args) {
        return new RecordProblem(where, name, key, args);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object v) {
        return (Map<String, Object>) v;
    }
}
