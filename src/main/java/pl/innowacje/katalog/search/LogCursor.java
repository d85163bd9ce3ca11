package pl.innowacje.katalog.search;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import pl.innowacje.katalog.catalog.ChangeLog;

/**
 * How far the index has followed the change log, when ids do not come in order. Ids are taken in order but commit
 * out of order, and some never commit (a rolled-back transaction, ids an embedded database skipped after a crash,
 * a cluster's interleaved ids). So a change is applied as soon as it is seen, whatever is missing below it, and a
 * missing id is still applied if it turns up later. The {@linkplain #floor() floor} is the id up to which nothing is
 * missing any more, the point a restart resumes from: a missing id is given up once the change above it is older
 * than the patience, by which time any transaction that held it has committed or never will. Re-applying a change
 * is harmless: it reads the current state.
 */
final class LogCursor {

    private final Duration patience;
    private long floor;
    private long seen;
    /** Changes above the floor already applied, with when they were written. */
    private final TreeMap<Long, Instant> appliedAbove = new TreeMap<>();
    /** Changes being applied elsewhere (a solution with a great deal of text): the floor stays below them. */
    private final TreeSet<Long> inProgress = new TreeSet<>();

    LogCursor(Duration patience) {
        this.patience = patience;
    }

    /** After a start or a rebuild: everything up to {@code id} is in the index. */
    void reset(long id) {
        floor = id;
        seen = id;
        appliedAbove.clear();
        inProgress.clear();
    }

    long floor() {
        return floor;
    }

    /** The highest id applied. */
    long seen() {
        return seen;
    }

    /**
     * The highest id up to which every change seen has been applied here: above the floor, ids may still be missing
     * (never to come, or not committed yet), but none is waiting in progress.
     */
    long shownUpTo() {
        return inProgress.isEmpty() ? seen : Math.min(seen, inProgress.first() - 1);
    }

    /** Whether some id between the floor and the highest id seen is still missing or in progress. */
    boolean waiting() {
        return seen - floor > appliedAbove.size();
    }

    /** Applied, or being applied: not to be applied again now. */
    boolean known(long id) {
        return id <= floor || appliedAbove.containsKey(id) || inProgress.contains(id);
    }

    /** Changes handed over to be applied later: seen, but the floor will not pass them until they are applied. */
    void inProgress(Collection<ChangeLog.Change> changes) {
        for (ChangeLog.Change c : changes) {
            if (c.id() > floor) {
                inProgress.add(c.id());
                seen = Math.max(seen, c.id());
            }
        }
    }

    /** Changes in progress that failed: missing again, so that the next round applies them. */
    void failed(Collection<ChangeLog.Change> changes) {
        changes.forEach(c -> inProgress.remove(c.id()));
    }

    /** Notes changes as applied and raises the floor over everything no longer missing or given up. */
    void applied(Collection<ChangeLog.Change> changes, Instant now) {
        for (ChangeLog.Change c : changes) {
            inProgress.remove(c.id());
            if (c.id() > floor) {
                appliedAbove.put(c.id(), c.createdAt());
                seen = Math.max(seen, c.id());
            }
        }
        Instant givenUp = now.minus(patience);
        while (!appliedAbove.isEmpty()) {
            Map.Entry<Long, Instant> next = appliedAbove.firstEntry();
            Long held = inProgress.ceiling(floor + 1);
            if (next.getKey() != floor + 1 && (!next.getValue().isBefore(givenUp)
                    || held != null && held < next.getKey())) {
                break;
            }
            floor = next.getKey();
            appliedAbove.pollFirstEntry();
        }
    }
}
