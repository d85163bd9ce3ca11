package pl.innowacje.katalog.tools.handbooks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The flat {@code key: value} block between the two {@code ---} lines at the top of a source.
 * Only scalar values are needed, so this deliberately understands a tiny YAML subset instead of
 * pulling a YAML library into a build-time tool.
 *
 * @param values    value and line number per key
 * @param bodyStart index (0-based) of the first line after the closing {@code ---}
 */
record FrontMatter(Map<String, Value> values, int bodyStart) {

    private static final String FENCE = "---";
    private static final Pattern ENTRY = Pattern.compile("^([A-Za-z][A-Za-z0-9_-]*)\\s*:\\s*(.*)$");

    record Value(String text, int line) {
    }

    Optional<Value> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    static FrontMatter read(List<String> lines, String source) {
        if (lines.isEmpty() || !FENCE.equals(lines.get(0).strip())) {
            throw new HandbookFormatException(source, 1, "expected front matter starting with '---' on the first line");
        }
        Map<String, Value> values = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.strip();
            int lineNo = i + 1;
            if (FENCE.equals(trimmed)) {
                return new FrontMatter(values, i + 1);
            }
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            Matcher m = ENTRY.matcher(trimmed);
            if (!m.matches()) {
                throw new HandbookFormatException(source, lineNo, "expected 'key: value' in front matter, got: " + trimmed);
            }
            String key = m.group(1);
            if (values.containsKey(key)) {
                throw new HandbookFormatException(source, lineNo, "duplicate front-matter key '" + key + "'");
            }
            values.put(key, new Value(scalar(m.group(2), source, lineNo), lineNo));
        }
        throw new HandbookFormatException(source, lines.size(), "front matter is not closed with '---'");
    }

    private static String scalar(String raw, String source, int lineNo) {
        String value = raw.strip();
        if (value.startsWith("\"")) {
            return doubleQuoted(value, source, lineNo);
        }
        if (value.startsWith("'")) {
            int end = closingSingleQuote(value);
            if (end < 0) {
                throw new HandbookFormatException(source, lineNo, "unterminated single-quoted value");
            }
            requireOnlyComment(value.substring(end + 1), source, lineNo);
            return value.substring(1, end).replace("''", "'");
        }
        // Unquoted: a " #" starts a comment, as in YAML.
        int comment = value.indexOf(" #");
        return (comment >= 0 ? value.substring(0, comment) : value).strip();
    }

    private static String doubleQuoted(String value, String source, int lineNo) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
            } else if (c == '"') {
                requireOnlyComment(value.substring(i + 1), source, lineNo);
                return out.toString();
            } else {
                out.append(c);
            }
        }
        throw new HandbookFormatException(source, lineNo, "unterminated double-quoted value");
    }

    private static int closingSingleQuote(String value) {
        for (int i = 1; i < value.length(); i++) {
            if (value.charAt(i) == '\'') {
                if (i + 1 < value.length() && value.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    private static void requireOnlyComment(String rest, String source, int lineNo) {
        String trimmed = rest.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
            throw new HandbookFormatException(source, lineNo, "unexpected text after quoted value: " + trimmed);
        }
    }
}
