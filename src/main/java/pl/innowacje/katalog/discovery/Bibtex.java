package pl.innowacje.katalog.discovery;

import java.time.LocalDate;

/** A BibTeX entry ({@code @misc}, as for any web resource), its values escaped for LaTeX. */
final class Bibtex {

    private Bibtex() {
    }

    static String of(Citations.Work w, String key, LocalDate accessed) {
        StringBuilder out = new StringBuilder("@misc{").append(key.replaceAll("[^A-Za-z0-9_:-]", "")).append(",\n");
        if (w.author() != null) {
            // Double braces: an organisation is one name, not a first and last name.
            field(out, "author", "{" + escape(w.author()) + "}");
        }
        field(out, "title", "{" + escape(w.title()) + "}");
        field(out, "publisher", escape(w.publisher()));
        field(out, "year", Integer.toString(w.published().getYear()));
        field(out, "url", w.url());
        field(out, "urldate", accessed.toString());
        field(out, "language", w.language());
        out.setLength(out.length() - 2);
        return out.append("\n}").toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /** LaTeX's special characters as commands, so a title with "&" or "%" does not break the entry. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
