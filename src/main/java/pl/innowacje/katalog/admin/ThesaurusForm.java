package pl.innowacje.katalog.admin;

import java.util.Arrays;
import java.util.List;

import pl.innowacje.katalog.catalog.SynonymGroup;

/** The thesaurus on the vocabularies page: a group's terms are edited as lines of a text box. */
final class ThesaurusForm {

    /** Where a message belongs: a group's row, the form for a new group, or the top of the thesaurus section. */
    static final long NEW_GROUP = 0;
    static final long SECTION = -1;

    /** A group as the page shows it; {@code previous} is what the editor starts from, sent back with a change. */
    record Row(long id, String code, String terms, String previous, int lines) {

        static Row of(SynonymGroup g) {
            return new Row(g.id(), g.code(), String.join("\n", g.terms()), String.join(SEPARATOR, g.terms()),
                    Math.min(Math.max(g.terms().size() + 1, 3), 12));
        }
    }

    /** What a person typed when it was refused, to be shown again for correction. */
    /** Kept in a flash message, which lives in the session store: serializable. */
    record Draft(long at, String code, String terms) implements java.io.Serializable {
    }

    // Terms never contain it (the catalogue refuses it), so it can join the terms the editor started from.
    private static final String SEPARATOR = "|";

    private ThesaurusForm() {
    }

    static List<Row> rows(List<SynonymGroup> groups) {
        return groups.stream().map(Row::of).toList();
    }

    /** One term per line; empty lines are gaps, not terms. */
    static List<String> terms(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static List<String> previous(String joined) {
        return joined == null ? null : Arrays.asList(joined.split("\\" + SEPARATOR, -1));
    }
}
