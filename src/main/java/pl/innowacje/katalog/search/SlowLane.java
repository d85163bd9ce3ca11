package pl.innowacje.katalog.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where solutions with a great deal of handbook text are indexed: a handbook of tens of megabytes takes seconds to
 * analyse, and every other change would wait behind it. Here they are indexed one at a time beside the follower,
 * which goes on with everything else. A solution with work queued here stays here until that work is done, so its
 * later changes cannot overtake it. A rebuild waits for the running job and keeps new ones out.
 */
final class SlowLane {

    private static final Logger log = LoggerFactory.getLogger(SlowLane.class);

    /** Indexes the solutions (reading them afresh). */
    interface Job {
        void index(List<Long> ids) throws Exception;
    }

    /** Told when a job ended, whether it succeeded. */
    interface Done {
        void ended(boolean succeeded);
    }

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "index-slow-lane");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, Integer> queued = new HashMap<>();
    private final ReentrantReadWriteLock rebuilding = new ReentrantReadWriteLock();

    synchronized int queued() {
        return queued.size();
    }

    synchronized boolean holds(long solutionId) {
        return queued.containsKey(solutionId);
    }

    void submit(Collection<Long> ids, Job job, Done done) {
        List<Long> list = List.copyOf(ids);
        synchronized (this) {
            list.forEach(id -> queued.merge(id, 1, Integer::sum));
        }
        thread.execute(() -> {
            boolean succeeded = false;
            Lock shared = rebuilding.readLock();
            shared.lock();
            try {
                job.index(list);
                succeeded = true;
            } catch (Exception e) {
                log.error("solutions {} could not be indexed; they will be tried again", list, e);
            } finally {
                shared.unlock();
                synchronized (this) {
                    list.forEach(id -> queued.computeIfPresent(id, (k, n) -> n == 1 ? null : n - 1));
                }
                done.ended(succeeded);
            }
        });
    }

    /** Held while the index is dropped and built again. */
    Lock exclusive() {
        return rebuilding.writeLock();
    }

    void shutdown() throws InterruptedException {
        thread.shutdown();
        if (!thread.awaitTermination(1, TimeUnit.MINUTES)) {
            thread.shutdownNow();
        }
    }
}
