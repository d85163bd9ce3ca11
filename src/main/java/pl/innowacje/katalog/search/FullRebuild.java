package pl.innowacje.katalog.search;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import pl.innowacje.katalog.catalog.ChangeLog;
import pl.innowacje.katalog.catalog.SolutionSnapshot;
import pl.innowacje.katalog.catalog.SolutionSnapshots;
import pl.innowacje.katalog.files.StoredFiles;

/**
 * Drops the index and builds it again from the database; stored extractions mean no file is parsed again. Batches
 * are read and analysed on all cores at once: analysis, not the database, is what a rebuild waits on.
 */
final class FullRebuild {

    private static final Logger log = LoggerFactory.getLogger(FullRebuild.class);
    private static final int BATCH = 500;

    private final SearchIndex index;
    private final ChangeLog changeLog;
    private final SolutionSnapshots snapshots;
    private final StoredFiles files;

    FullRebuild(SearchIndex index, ChangeLog changeLog, SolutionSnapshots snapshots, StoredFiles files) {
        this.index = index;
        this.changeLog = changeLog;
        this.snapshots = snapshots;
        this.files = files;
    }

    IndexFollower.RebuildReport run() throws IOException {
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
        IndexFollower.RebuildReport report = new IndexFollower.RebuildReport(solutions,
                Duration.ofNanos(System.nanoTime() - start), index.sizeOnDisk());
        log.info("index rebuilt: {} solutions in {} ms, {} bytes", solutions, report.took().toMillis(),
                report.indexBytes());
        return report;
    }

    private int add(List<Long> ids) throws IOException {
        List<SolutionSnapshot> loaded = snapshots.load(ids);
        index.add(loaded, files.pages(IndexFollower.shas(loaded)));
        return loaded.size();
    }
}
