package pl.innowacje.katalog.search;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import pl.innowacje.katalog.catalog.ChangeLog;
import pl.innowacje.katalog.catalog.SolutionSnapshot;
import pl.innowacje.katalog.catalog.SolutionSnapshots;
import pl.innowacje.katalog.catalog.Thesaurus;
import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.files.StoredFiles;
import pl.innowacje.katalog.system.CatalogueReadiness;
import pl.innowacje.katalog.system.PortalProperties;

/**
 * Keeps the index in line with the database by following the change log: woken at once by a commit on this node and
 * polling for commits of other nodes. Changes are applied in id order and the last applied id is committed with the
 * documents, so after a crash the next start resumes exactly where the index stopped.
 */
@Component
public class IndexFollower implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);
    private static final int BATCH = 500;
    /**
     * Handbook pages or sections (of about 3,000 characters) above which a solution is indexed in the
     * {@link SlowLane}: some 3 million characters, a second or more of analysis.
     */
    private static final int SLOW_SECTIONS = 1000;
    /** How long a missing id may still turn up (see {@link LogCursor}). */
    private static final Duration GAP_PATIENCE = Duration.ofSeconds(30);

    private final SearchIndex index;
    private final ChangeLog changeLog;
    private final SolutionSnapshots snapshots;
    private final StoredFiles files;
    private final Vocabularies vocabularies;
    private final Thesaurus thesaurus;
    private final Synonyms synonyms;
    private final ApplicationEventPublisher events;
    private final CatalogueReadiness readiness;
    private final ScheduledExecutorService worker;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final LogCursor cursor = new LogCursor(GAP_PATIENCE);
    /** The cursor's floor as of the last commit, for readers outside the follower's lock (metrics). */
    private volatile long committedFloor;
    private final SlowLane slowLane = new SlowLane();
    private volatile boolean started;

    IndexFollower(SearchIndex index, ChangeLog changeLog, SolutionSnapshots snapshots, StoredFiles files,
            Vocabularies vocabularies, Thesaurus thesaurus, Synonyms synonyms, PortalProperties properties,
            CatalogueReadiness readiness, ApplicationEventPublisher events) {
        this.index = index;
        this.readiness = readiness;
        this.events = events;
        this.changeLog = changeLog;
        this.snapshots = snapshots;
        this.files = files;
        this.vocabularies = vocabularies;
        this.thesaurus = thesaurus;
        this.synonyms = synonyms;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "index-follower");
            t.setDaemon(true);
            return t;
        });
        long poll = properties.search().pollInterval().toMillis();
        worker.scheduleWithFixedDelay(this::catchUpQuietly, poll, poll, TimeUnit.MILLISECONDS);
    }

    /** Brings the index up to date before the portal serves: rebuilds it when it is new or of an older schema. */
    public synchronized void start() throws IOException {
        // An index ahead of the log means the database lost commits the index had seen (an embedded database killed
        // within its write delay): only a rebuild makes the two agree again.
        long head = changeLog.lastId();
        if (index.needsRebuild() || index.lastChange() < 0 || index.lastChange() > head) {
            if (index.lastChange() > head) {
                log.warn("index is at change {} but the database only at {}: rebuilding", index.lastChange(), head);
            }
            rebuild();
        }
        cursor.reset(index.lastChange());
        committed(false);
        catchUp();
        started = true;
    }

    /**
     * Published on every node once changes from the log (this node's or another's) are in its index: what keeps
     * derived data (facet labels, block titles) follows this, not the local commit, so every node agrees.
     */
    public record Applied() {
    }

    @EventListener
    void onChange(ChangeLog.CatalogChanged event) {
        if (started && pending.compareAndSet(false, true)) {
            worker.execute(this::catchUpQuietly);
        }
    }

    private void catchUpQuietly() {
        pending.set(false);
        if (!started) {
            return;
        }
        try {
            catchUp();
            index.refresh();
        } catch (RuntimeException | IOException e) {
            log.error("index could not apply changes; it will retry", e);
        }
    }

    /**
     * Applies every committed change the index has not applied yet, whatever is missing below it (see
     * {@link LogCursor}). Returns how many were applied.
     */
    public synchronized int catchUp() throws IOException {
        int applied = 0;
        while (true) {
            List<ChangeLog.Change> fresh = new ArrayList<>();
            if (cursor.waiting()) {
                // Ids missing below the newest seen: any that committed since are applied now.
                changeLog.between(cursor.floor(), cursor.seen()).stream()
                        .filter(c -> !cursor.known(c.id())).forEach(fresh::add);
            }
            List<ChangeLog.Change> next = changeLog.after(cursor.seen(), BATCH);
            fresh.addAll(next);
            long floor = cursor.floor();
            List<ChangeLog.Change> handedOver = fresh.isEmpty() ? List.of() : apply(fresh);
            cursor.inProgress(handedOver);
            fresh.removeAll(handedOver);
            cursor.applied(fresh, Instant.now());
            // A change handed to the slow lane may have had its other solutions applied here (a block renamed that
            // holds a huge handbook): they are committed and shown now, not when the slow lane is done.
            if (fresh.isEmpty() && handedOver.isEmpty() && cursor.floor() == floor) {
                return applied;
            }
            index.commit(cursor.floor());
            committed(true);
            applied += fresh.size();
            if (next.size() < BATCH) {
                return applied;
            }
        }
    }

    /**
     * Applies the changes, except those that touch a solution with so much text that it goes to the {@link SlowLane}:
     * those are returned, and applied when the slow lane is done with them.
     */
    private List<ChangeLog.Change> apply(List<ChangeLog.Change> changes) throws IOException {
        Map<ChangeLog.Change, List<Long>> touched = new LinkedHashMap<>();
        boolean terms = false;
        boolean thesaurusChanged = false;
        for (ChangeLog.Change c : changes) {
            switch (c.entity()) {
                case SOLUTION -> touched.put(c, List.of(c.entityId()));
                case BLOCK -> touched.put(c, snapshots.idsInBlock(c.entityId()));
                case AREA -> touched.put(c, snapshots.idsInArea(c.entityId()));
                case TERM -> {
                    touched.put(c, snapshots.idsWithTerm(c.entityId()));
                    terms = true;
                }
                // Applied at query time: nothing to reindex, only the synonyms to read again.
                case THESAURUS -> thesaurusChanged = true;
            }
        }
        if (terms) {
            // A label changed, perhaps on another node: documents and query-time synonyms take the new one.
            vocabularies.reload();
        }
        if (thesaurusChanged) {
            thesaurus.reload();
        }
        if (terms || thesaurusChanged) {
            synonyms.reload();
        }
        Set<Long> ids = new LinkedHashSet<>();
        touched.values().forEach(ids::addAll);
        List<SolutionSnapshot> loaded = snapshots.load(new ArrayList<>(ids));
        Set<Long> slow = slowOnes(loaded);
        ids.stream().filter(slowLane::holds).forEach(slow::add);
        List<SolutionSnapshot> quick = loaded.stream().filter(s -> !slow.contains(s.id())).toList();
        index.replace(ids.stream().filter(id -> !slow.contains(id)).toList(), quick, files.pages(shas(quick)));
        if (slow.isEmpty()) {
            return List.of();
        }
        List<ChangeLog.Change> handedOver = touched.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(slow::contains)).map(Map.Entry::getKey).toList();
        slowLane.submit(slow, this::reindexApart, succeeded -> slowLaneDone(handedOver, succeeded));
        return handedOver;
    }

    /** Solutions whose handbooks have more than {@link #SLOW_SECTIONS} pages or sections in all. */
    private Set<Long> slowOnes(List<SolutionSnapshot> loaded) {
        Map<String, Integer> sections = files.pageCounts(shas(loaded));
        Set<Long> slow = new HashSet<>();
        for (SolutionSnapshot s : loaded) {
            long total = s.files().stream().mapToLong(f -> sections.getOrDefault(f.sha256(), 0)).sum();
            if (total > SLOW_SECTIONS) {
                slow.add(s.id());
            }
        }
        return slow;
    }

    private synchronized void slowLaneDone(List<ChangeLog.Change> changes, boolean succeeded) {
        if (!succeeded) {
            cursor.failed(changes);
            return;
        }
        cursor.applied(changes, Instant.now());
        try {
            index.commit(cursor.floor());
            committed(true);
        } catch (IOException | RuntimeException e) {
            log.error("index could not commit the slow lane's work; the next change commits it", e);
        }
    }

    /** The index has committed everything up to the cursor's floor: searches, caches and readiness learn it. */
    private void committed(boolean changed) {
        committedFloor = cursor.floor();
        // Not the floor: an id that never commits (a rejected record's) holds the floor back for a while, and the
        // catalogue is served as soon as what was loaded shows.
        readiness.indexedUpTo(cursor.shownUpTo());
        if (changed) {
            events.publishEvent(new Applied());
        }
    }

    /** Drops the index and builds it again from the database (see {@link FullRebuild}). */
    public synchronized RebuildReport rebuild() throws IOException {
        java.util.concurrent.locks.Lock exclusive = slowLane.exclusive();
        exclusive.lock();
        try {
            RebuildReport report = new FullRebuild(index, changeLog, snapshots, files).run();
            cursor.reset(index.lastChange());
            committed(true);
            return report;
        } finally {
            exclusive.unlock();
        }
    }

    private void reindexApart(List<Long> ids) throws IOException {
        List<SolutionSnapshot> loaded = snapshots.load(ids);
        index.replaceApart(ids, loaded, files.pages(shas(loaded)));
    }

    static List<String> shas(List<SolutionSnapshot> loaded) {
        return loaded.stream().flatMap(s -> s.files().stream()).map(SolutionSnapshot.FileRef::sha256).toList();
    }

    /** The change-log id up to which everything is in this node's index (see {@link LogCursor}). */
    long appliedUpTo() {
        return committedFloor;
    }

    /** Solutions waiting for, or being indexed in, the slow lane. */
    int slowLaneQueued() {
        return slowLane.queued();
    }

    public record RebuildReport(int solutions, Duration took, long indexBytes) {
    }

    @Override
    public void destroy() throws InterruptedException {
        // A change being applied is finished before the index closes behind it (a one-off command such as --import
        // exits right after its commit); changes not applied yet are the next start's.
        started = false;
        slowLane.shutdown();
        worker.shutdown();
        if (!worker.awaitTermination(1, TimeUnit.MINUTES)) {
            worker.shutdownNow();
        }
    }
}
