package pl.innowacje.katalog.search;

import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import pl.innowacje.katalog.catalog.ChangeLog;

/**
 * The index as administrators see it: how far it has followed the change log, and a rebuild from the database run
 * in the background. Search goes on meanwhile from the index as it was until the rebuilt one is committed.
 */
@Component
public class IndexMaintenance implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);

    /** Where the index stands; {@code lastRebuild} is null until a rebuild has run since the start. */
    public record State(long appliedChange, long latestChange, boolean rebuilding, IndexFollower.RebuildReport
            lastRebuild, Instant lastRebuildAt, String lastFailure) {
    }

    private final IndexFollower follower;
    private final SearchIndex index;
    private final ChangeLog changeLog;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "index-rebuild");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private volatile IndexFollower.RebuildReport lastRebuild;
    private volatile Instant lastRebuildAt;
    private volatile String lastFailure;

    IndexMaintenance(IndexFollower follower, SearchIndex index, ChangeLog changeLog) {
        this.follower = follower;
        this.index = index;
        this.changeLog = changeLog;
    }

    public State state() {
        return new State(index.lastChange(), changeLog.lastId(), rebuilding.get(), lastRebuild, lastRebuildAt,
                lastFailure);
    }

    /** Starts a rebuild unless one is running; returns whether this call started it. */
    public boolean rebuild(String requestedBy) {
        if (!rebuilding.compareAndSet(false, true)) {
            return false;
        }
        log.info("index rebuild requested by {}", requestedBy);
        worker.execute(() -> {
            try {
                lastRebuild = follower.rebuild();
                follower.catchUp();
                lastRebuildAt = Instant.now();
                lastFailure = null;
            } catch (Exception e) {
                log.error("index rebuild failed", e);
                lastFailure = e.toString();
            } finally {
                rebuilding.set(false);
            }
        });
        return true;
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
