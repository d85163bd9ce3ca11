package pl.innowacje.katalog.publishing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import pl.innowacje.katalog.catalog.CatalogQueries;
import pl.innowacje.katalog.catalog.ChangeLog;
import pl.innowacje.katalog.catalog.Revisions;
import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.catalog.Vocabulary;

/**
 * A solution's or a block's history, newest first: each status change (who, when, from what to what, why) and each
 * saved version with what it changed against the one before.
 */
@Service
public class SolutionHistory {

    /**
     * One event. A status change has {@code from}/{@code to}/{@code reason}; a saved version has {@code note} and
     * {@code changes} ({@code first} when it is the record's first version, whose changes are all its fields).
     */
    public record Entry(Instant at, String by, String from, String to, String reason, String note, boolean first,
            List<FieldChanges.Change> changes) {

        public boolean isStatusChange() {
            return to != null;
        }
    }

    /** The history shows this many saved versions, the newest; status changes are all shown. */
    static final int VERSIONS_SHOWN = 100;

    private final Revisions revisions;
    private final StaffSolutions solutions;
    private final Vocabularies vocabularies;
    private final CatalogQueries catalog;
    private final MessageSource messages;

    SolutionHistory(Revisions revisions, StaffSolutions solutions, Vocabularies vocabularies, CatalogQueries catalog,
            MessageSource messages) {
        this.revisions = revisions;
        this.solutions = solutions;
        this.vocabularies = vocabularies;
        this.catalog = catalog;
        this.messages = messages;
    }

    public List<Entry> ofSolution(long id, Locale locale) {
        List<Entry> entries = new ArrayList<>(versions(ChangeLog.Entity.SOLUTION, id, locale));
        for (StaffSolutions.Change c : solutions.history(id)) {
            entries.add(new Entry(c.at(), c.by(), c.from(), c.to(), c.reason(), null, false, List.of()));
        }
        // Newest first; a status change and the version saved in the same moment keep a stable order.
        entries.sort(Comparator.comparing(Entry::at).reversed().thenComparing(Entry::isStatusChange));
        return entries;
    }

    public List<Entry> ofBlock(long id, Locale locale) {
        return versions(ChangeLog.Entity.BLOCK, id, locale);
    }

    private List<Entry> versions(ChangeLog.Entity entity, long id, Locale locale) {
        // One more than is shown: the oldest shown version is compared with the one before it.
        List<Revisions.Revision> all = revisions.history(entity, id, VERSIONS_SHOWN + 1);
        Map<String, String[]> titles = catalog.structureTitles();
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < Math.min(all.size(), VERSIONS_SHOWN); i++) {
            Revisions.Revision r = all.get(i);
            boolean first = i == all.size() - 1;
            Map<String, Object> before = first ? Map.of() : all.get(i + 1).fields();
            out.add(new Entry(r.at(), r.by(), null, null, null, r.note(), first,
                    FieldChanges.between(before, r.fields(), (field, value) -> label(field, value, titles, locale))));
        }
        return out;
    }

    /** Codes as people read them: vocabulary labels, block titles, kinds of file; anything else as stored. */
    private String label(String field, String value, Map<String, String[]> titles, Locale locale) {
        if ("files".equals(field)) {
            // "title · KIND · name · sha": the kind in the reader's words.
            String[] parts = value.split(" · ", -1);
            if (parts.length > 1) {
                parts[1] = messages.getMessage("kind." + parts[1], null, parts[1], locale);
            }
            return String.join(" · ", parts);
        }
        if (field.startsWith("terms.")) {
            return vocabularies.label(Vocabulary.valueOf(field.substring("terms.".length())), value, locale);
        }
        if ("programme".equals(field)) {
            return vocabularies.label(Vocabulary.PROGRAMME, value, locale);
        }
        if (("primaryBlock".equals(field) || "blocks".equals(field) || "relatedBlocks".equals(field))
                && titles.containsKey(value)) {
            return titles.get(value)[0];
        }
        return value;
    }
}
