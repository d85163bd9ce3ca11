package pl.innowacje.katalog.tools.handbooks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import pl.innowacje.katalog.tools.handbooks.Handbook.Block;
import pl.innowacje.katalog.tools.handbooks.Handbook.Heading;
import pl.innowacje.katalog.tools.handbooks.Handbook.ListItem;
import pl.innowacje.katalog.tools.handbooks.Handbook.PageBreak;
import pl.innowacje.katalog.tools.handbooks.Handbook.Paragraph;

/** Reads a handbook source (front matter + a small Markdown subset) into a {@link Handbook}. */
final class HandbookParser {

    /** Used when a source has no {@code date}; a constant keeps regenerated files identical. */
    static final LocalDate DEFAULT_DATE = LocalDate.of(2025, 1, 1);

    private static final Set<String> LANGUAGES = Set.of("pl", "en");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:\\s+(.*?))?\\s*$");
    private static final Pattern BULLET = Pattern.compile("^ {0,3}[-*+]\\s+(.*)$");
    private static final Pattern ORDERED = Pattern.compile("^ {0,3}(\\d{1,3})[.)]\\s+(.*)$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final String NEW_PAGE = "\\newpage";

    Handbook parse(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    Handbook parse(String text, String source) {
        String normalised = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = List.of(normalised.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        FrontMatter meta = FrontMatter.read(lines, source);

        String title = required(meta, "title", source);
        Path output = output(meta, source);
        String language = meta.get("language").map(FrontMatter.Value::text).orElse("pl");
        if (!LANGUAGES.contains(language)) {
            throw new HandbookFormatException(source, meta.get("language").orElseThrow().line(),
                    "language must be 'pl' or 'en', got '" + language + "'");
        }
        LocalDate date = meta.get("date").map(v -> date(v, source)).orElse(DEFAULT_DATE);
        String subtitle = meta.get("subtitle").map(FrontMatter.Value::text).orElse("");
        String organisation = meta.get("organisation").map(FrontMatter.Value::text).orElse("");

        List<Block> blocks = withoutRedundantBreaks(body(lines, meta.bodyStart(), source));
        if (blocks.isEmpty()) {
            throw new HandbookFormatException(source, lines.size(), "the handbook has no content after the front matter");
        }
        return new Handbook(title, subtitle, organisation, language, date, output, blocks);
    }

    private static String required(FrontMatter meta, String key, String source) {
        String value = meta.get(key).map(FrontMatter.Value::text).orElse("");
        if (value.isBlank()) {
            throw new HandbookFormatException(source, 0, "front matter lacks a non-empty '" + key + "'");
        }
        return value;
    }

    private static Path output(FrontMatter meta, String source) {
        String value = required(meta, "output", source);
        int line = meta.get("output").orElseThrow().line();
        Path path;
        try {
            path = Path.of(value);
        } catch (RuntimeException e) {
            throw new HandbookFormatException(source, line, "invalid output path '" + value + "'");
        }
        // The path is resolved against the repository root, so it must not be able to leave it.
        if (path.isAbsolute() || value.startsWith("/") || !path.normalize().equals(path) || path.startsWith("..")) {
            throw new HandbookFormatException(source, line,
                    "output must be a normalised path relative to the repository root, got '" + value + "'");
        }
        if (Handbook.Format.of(path).isEmpty()) {
            throw new HandbookFormatException(source, line, "output must end with .pdf, .docx or .odt, got '" + value + "'");
        }
        return path;
    }

    private static LocalDate date(FrontMatter.Value value, String source) {
        try {
            return LocalDate.parse(value.text());
        } catch (DateTimeParseException e) {
            throw new HandbookFormatException(source, value.line(), "date must be YYYY-MM-DD, got '" + value.text() + "'");
        }
    }

    private static List<Block> body(List<String> lines, int start, String source) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String marker = null; // non-null while the pending text belongs to a list item
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            String trimmed = line.strip();
            Matcher m;
            if (trimmed.isEmpty() || NEW_PAGE.equals(trimmed) || RULE.matcher(line).matches()
                    || (m = HEADING.matcher(line)).matches()) {
                marker = flush(blocks, text, marker);
                if (NEW_PAGE.equals(trimmed)) {
                    blocks.add(new PageBreak());
                } else if (!trimmed.isEmpty()) {
                    blocks.add(heading(line, source, lineNo));
                }
            } else if ((m = BULLET.matcher(line)).matches() || (m = ORDERED.matcher(line)).matches()) {
                flush(blocks, text, marker);
                marker = m.groupCount() == 2 ? m.group(1) + "." : "–";
                text.append(m.group(m.groupCount()));
            } else {
                // Continuation lines join the open paragraph or list item with a single space.
                text.append(text.length() > 0 ? " " : "").append(trimmed);
            }
        }
        flush(blocks, text, marker);
        return blocks;
    }

    private static Heading heading(String line, String source, int lineNo) {
        if (RULE.matcher(line).matches()) {
            throw new HandbookFormatException(source, lineNo, "horizontal rules are not supported; use \\newpage for a page break");
        }
        Matcher m = HEADING.matcher(line);
        m.matches();
        int level = m.group(1).length();
        String text = m.group(2) == null ? "" : m.group(2).replaceAll("\\s+#+$", "");
        if (level > 2) {
            throw new HandbookFormatException(source, lineNo, "only '#' and '##' headings are supported, got level " + level);
        }
        if (InlineText.plain(text).isEmpty()) {
            throw new HandbookFormatException(source, lineNo, "empty heading");
        }
        return new Heading(level, InlineText.plain(text));
    }

    /** Emits the pending paragraph or list item; always returns null so callers can reset the marker. */
    private static String flush(List<Block> blocks, StringBuilder text, String marker) {
        String plain = InlineText.plain(text.toString());
        if (!plain.isEmpty()) {
            blocks.add(marker == null ? new Paragraph(plain) : new ListItem(marker, plain));
        } else if (marker != null) {
            blocks.add(new ListItem(marker, ""));
        }
        text.setLength(0);
        return null;
    }

    /**
     * Chapters start on a new page anyway, so a {@code \newpage} right before one, at either end
     * of the body or repeated would only produce blank pages.
     */
    private static List<Block> withoutRedundantBreaks(List<Block> blocks) {
        List<Block> result = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof PageBreak) {
                boolean atStart = result.isEmpty() || result.get(result.size() - 1) instanceof PageBreak;
                Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
                boolean beforeChapter = next instanceof Heading h && h.level() == 1;
                if (atStart || next == null || beforeChapter || next instanceof PageBreak) {
                    continue;
                }
            }
            result.add(block);
        }
        return result;
    }
}
