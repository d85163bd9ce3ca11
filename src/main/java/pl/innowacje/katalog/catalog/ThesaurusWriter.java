package pl.innowacje.katalog.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import pl.innowacje.katalog.system.Refusal;

/**
 * Writes the search thesaurus: groups from content/thesaurus.yml, and administrators' additions, edits and
 * deletions. Every change of a group appends {@link ChangeLog.Entity#THESAURUS} in the same transaction, so every
 * node's search hears of it, and reloads {@link Thesaurus} after the commit. A term (compared without case,
 * diacritics or extra spaces) belongs to one group only.
 */
@Service
@Transactional
public class ThesaurusWriter {

    /** A group as content/thesaurus.yml gives it. */
    public record Entry(String code, List<String> terms) {
    }

    /** A group of the file that was not loaded, and why. */
    public record Rejected(String code, Refusal reason) {
    }

    public record Loaded(int changed, int unchanged, List<Rejected> rejected) {
    }

    private record Planned(String code, SynonymRows.Stored stored, List<String> terms, int order) {
    }

    private final SynonymRows rows;
    private final Thesaurus thesaurus;
    private final ChangeLog changeLog;

    ThesaurusWriter(JdbcClient jdbc, Thesaurus thesaurus, ChangeLog changeLog) {
        this.rows = new SynonymRows(jdbc);
        this.thesaurus = thesaurus;
        this.changeLog = changeLog;
    }

    /** A new group from the staff area; returns its id. */
    public long add(String code, List<String> terms) {
        String c = SynonymTerms.code(code);
        List<String> checked = SynonymTerms.terms(terms);
        if (rows.byCode().containsKey(c)) {
            throw new Refusal("thesaurus.error.codeTaken", c);
        }
        requireFree(checked, -1);
        long id = rows.insertGroup(c, rows.nextOrder());
        rows.insertTerms(id, checked);
        changed(id);
        return id;
    }

    /**
     * New terms for a group; {@code expected} are the terms the editor started from (null skips the check), so
     * that a change someone saved in between is not silently overwritten. Returns whether anything changed.
     */
    public boolean edit(long id, List<String> expected, List<String> terms) {
        String code = rows.lock(id);
        List<String> checked = SynonymTerms.terms(terms);
        List<String> current = rows.terms(id);
        if (current.equals(checked)) {
            return false;
        }
        if (expected != null && !current.equals(expected.stream().map(SynonymTerms::clean).toList())) {
            throw new Refusal("thesaurus.error.stale", code);
        }
        requireFree(checked, id);
        rows.deleteTerms(id);
        rows.touch(id);
        rows.insertTerms(id, checked);
        changed(id);
        return true;
    }

    /** Deletes a group; returns its code. */
    public String delete(long id) {
        String code = rows.lock(id);
        rows.deleteGroup(id);
        changed(id);
        return code;
    }

    /**
     * Loads the groups of content/thesaurus.yml, matched by code. As with vocabulary labels, the file's terms and
     * order replace what the database holds whenever the two differ (so an administrator's edit of a group the file
     * lists lasts until the next load); groups the file does not list are left alone. A group that breaks a rule,
     * or takes a term another group keeps, is rejected and the rest goes on. A term may move between groups of the
     * file in one load.
     */
    public Loaded load(List<Entry> entries) {
        Map<String, SynonymRows.Stored> stored = rows.byCode();
        List<Rejected> rejected = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int unchanged = 0;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            try {
                String code = SynonymTerms.code(e.code());
                List<String> terms = SynonymTerms.terms(e.terms());
                if (!seen.add(code)) {
                    throw new Refusal("thesaurus.error.codeTaken", code);
                }
                SynonymRows.Stored s = stored.get(code);
                if (s != null && s.terms().equals(terms) && s.order() == i) {
                    unchanged++;
                } else {
                    planned.add(new Planned(code, s, terms, i));
                }
            } catch (Refusal r) {
                rejected.add(new Rejected(e.code(), r));
            }
        }
        rejectConflicts(planned, rejected);
        // Old terms go first, so a term moving from one group of the file to another finds its place free.
        planned.stream().filter(p -> p.stored() != null).forEach(p -> rows.deleteTerms(p.stored().id()));
        for (Planned p : planned) {
            long id;
            if (p.stored() == null) {
                id = rows.insertGroup(p.code(), p.order());
            } else {
                id = p.stored().id();
                rows.touch(id, p.order());
            }
            rows.insertTerms(id, p.terms());
            changed(id);
        }
        return new Loaded(planned.size(), unchanged, List.copyOf(rejected));
    }

    /**
     * Drops from {@code planned} every group with a term that a group staying as it is keeps, or that another
     * planned group takes (a group keeping one of its own terms comes first, then the file's order). Groups being
     * rewritten give their other terms up; as a rejected group keeps its old terms, the check runs again until
     * nothing more is rejected.
     */
    private void rejectConflicts(List<Planned> planned, List<Rejected> rejected) {
        Map<String, SynonymRows.Owner> owners = rows.owners();
        boolean again = true;
        while (again) {
            again = false;
            Set<Long> released = new HashSet<>();
            Map<String, String> claimed = new HashMap<>();
            for (Planned p : planned) {
                if (p.stored() != null) {
                    released.add(p.stored().id());
                    for (String term : p.terms()) {
                        SynonymRows.Owner o = owners.get(SynonymTerms.key(term));
                        if (o != null && o.groupId() == p.stored().id()) {
                            claimed.put(SynonymTerms.key(term), p.code());
                        }
                    }
                }
            }
            for (Planned p : List.copyOf(planned)) {
                Refusal conflict = conflict(p, owners, released, claimed);
                if (conflict != null) {
                    planned.remove(p);
                    rejected.add(new Rejected(p.code(), conflict));
                    again = true;
                    break;
                }
                p.terms().forEach(t -> claimed.putIfAbsent(SynonymTerms.key(t), p.code()));
            }
        }
    }

    private static Refusal conflict(Planned p, Map<String, SynonymRows.Owner> owners, Set<Long> released,
            Map<String, String> claimed) {
        for (String term : p.terms()) {
            String key = SynonymTerms.key(term);
            SynonymRows.Owner o = owners.get(key);
            if (o != null && !released.contains(o.groupId())) {
                return new Refusal("thesaurus.error.taken", term, o.code());
            }
            String other = claimed.get(key);
            if (other != null && !other.equals(p.code())) {
                return new Refusal("thesaurus.error.taken", term, other);
            }
        }
        return null;
    }

    private void requireFree(List<String> terms, long exceptGroup) {
        Map<String, SynonymRows.Owner> owners = rows.owners();
        for (String term : terms) {
            SynonymRows.Owner o = owners.get(SynonymTerms.key(term));
            if (o != null && o.groupId() != exceptGroup) {
                throw new Refusal("thesaurus.error.taken", term, o.code());
            }
        }
    }

    /** Tells search (through the change log) and this node's thesaurus (after the commit) that a group changed. */
    private void changed(long id) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            changeLog.append(ChangeLog.Entity.THESAURUS, id);
            thesaurus.reload();
            return;
        }
        if (!TransactionSynchronizationManager.hasResource(this)) {
            // Once per transaction, and before the change log's notice, so search finds the thesaurus fresh.
            TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    thesaurus.reload();
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ThesaurusWriter.this);
                }
            });
        }
        changeLog.append(ChangeLog.Entity.THESAURUS, id);
    }
}
