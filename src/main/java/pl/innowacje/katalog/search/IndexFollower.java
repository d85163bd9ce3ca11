package pl.innowacje.katalog.search;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import pl.innowacje.katalog.catalog.ChangeLog;
import pl.innowacje.katalog.catalog.SolutionSnapshot;
import pl.innowacje.katalog.catalog.SolutionSnapshots;
import pl.innowacje.katalog.catalog.Thesaurus;
import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.files.StoredFiles;
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
     * A missing id younger than this may belong to a transaction that has not committed yet, so the follower waits
     * for it; an older one was rolled back and is passed over.
     */
    private static final Duration GAP_PATIENCE = Duration.ofSeconds(10);

    private final SearchIndex index;
    private final ChangeLog changeLog;
    private final SolutionSnapshots snapshots;
    private final StoredFiles files;
    private final Vocabularies vocabularies;
    private final Thesaurus thesaurus;
    private final Synonyms synonyms;
    private final ScheduledExecutorService worker;
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile boolean started;

    IndexFollower(SearchIndex index, ChangeLog changeLog, SolutionSnapshots snapshots, StoredFiles files,
            Vocabularies vocabularies, Thesaurus thesaurus, Synonyms synonyms, PortalProperties properties) {
        this.index = index;
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
        catchUp();
        started = true;
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
        } catch (RuntimeException | IOException e) {
            log.error("index could not apply changes; it will retry", e);
        }
    }

    /** Applies every committed change after the last one the index holds. Returns how many were applied. */
    public synchronized int catchUp() throws IOException {
        int applied = 0;
        while (true) {
            long last = index.lastChange();
            List<ChangeLog.Change> changes = changeLog.after(last, BATCH);
            List<ChangeLog.Change> ready = contiguous(last, changes);
            if (ready.isEmpty()) {
                return applied;
            }
            Set<Long> ids = new LinkedHashSet<>();
            boolean terms = false;
            boolean thesaurusChanged = false;
            for (ChangeLog.Change c : ready) {
                switch (c.entity()) {
                    case SOLUTION -> ids.add(c.entityId());
                    case BLOCK -> ids.addAll(snapshots.idsInBlock(c.entityId()));
                    case AREA -> ids.addAll(snapshots.idsInArea(c.entityId()));
                    case TERM -> {
                        ids.addAll(snapshots.idsWithTerm(c.entityId()));
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
            reindex(new ArrayList<>(ids));
            index.commit(ready.get(ready.size() - 1).id());
            applied += ready.size();
            if (ready.size() < changes.size() || changes.size() < BATCH) {
                return applied;
            }
        }
    }

    /** The changes up to the first gap that may still fill (a transaction with a lower id not yet committed). */
    private static List<ChangeLog.Change> contiguous(long last, List<ChangeLog.Change> changes) {
        List<ChangeLog.Change> out = new ArrayList<>();
        long expected = last + 1;
        Instant patience = Instant.now().minus(GAP_PATIENCE);
        for (ChangeLog.Change c : changes) {
            if (c.id() != expected && last >= 0 && c.createdAt().isAfter(patience)) {
                break;
            }
            out.add(c);
            expected = c.id() + 1;
        }
        return out;
    }

    /**
     * Drops the index and builds it again from the database; stored extractions mean no file is parsed again. Batches
     * are read and analysed on all cores at once: analysis, not the database, is what a rebuild waits on.
     */
    public synchronized RebuildReport rebuild() throws IOException {
        long start = System.nanoTime();
        // Read the log's head first: changes committed while rebuilding are applied again afterwards, harmlessly.
        long head = changeLog.lastId();
        index.deleteAll();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        java.util.concurrent.ExecutorService pool = Executors.newFixedThreadPool(threads);
        java.util.Deque<java.util.concurrent.Future<Integer>> running = new java.util.ArrayDeque<>();
        int solutions = 0;
        try {
            long after = 0;
            while (true) {
                List<Long> ids = snapshots.ids(after, BATCH);
                if (ids.isEmpty()) {
                    break;
                }
                running.add(pool.submit(() -> add(ids)));
                after = ids.get(ids.size() - 1);
                // Keep a couple of batches ahead per thread, no more: memory stays flat at any catalogue size.
                while (running.size() > threads * 2) {
                    solutions += running.poll().get();
                }
            }
            while (!running.isEmpty()) {
                solutions += running.poll().get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("rebuild interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("rebuild failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        index.compact();
        index.commit(head);
        RebuildReport report = new RebuildReport(solutions, Duration.ofNanos(System.nanoTime() - start),
                index.sizeOnDisk());
        log.info("index rebuilt: {} solutions in {} ms, {} bytes", solutions, report.took().toMillis(),
                report.indexBytes());
        return report;
    }

    private int add(List<Long> ids) throws IOException {
        List<SolutionSnapshot> loaded = snapshots.load(ids);
        index.add(loaded, files.pages(shas(loaded)));
        return loaded.size();
    }

    private int reindex(List<Long> ids) throws IOException {
        List<SolutionSnapshot> loaded = snapshots.load(ids);
        index.replace(ids, loaded, files.pages(shas(loaded)));
        return loaded.size();
    }

    private static List<String> shas(List<SolutionSnapshot> loaded) {
        return loaded.stream().flatMap(s -> s.files().stream()).map(SolutionSnapshot.FileRef::sha256).toList();
    }

    public record RebuildReport(int solutions, Duration took, long indexBytes) {
    }

    @Override
    public void destroy() throws InterruptedException {
        // A change being applied is finished before the index closes behind it (a one-off command such as --import
        // exits right after its commit); changes not applied yet are the next start's.
        started = false;
        worker.shutdown();
        if (!worker.awaitTermination(1, TimeUnit.MINUTES)) {
            worker.shutdownNow();
        }
    }
}
