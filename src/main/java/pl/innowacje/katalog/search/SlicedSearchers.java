package pl.innowacje.katalog.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import java.io.IOException;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.TaskExecutor;

/**
 * Searchers that search a large index on every core at once: the segments are dealt into one slice per core, of
 * about equal size, and a query's slices run side by side (the asking thread takes one itself), as do its facet
 * counts ({@link CountingSideways}). A query on a quiet server then takes less time; on a busy one every core is
 * working anyway and little is lost but a hand-over. An index too small to gain keeps one slice.
 */
final class SlicedSearchers extends SearcherFactory implements AutoCloseable {

    /** Below this many documents (solutions and their handbook pages) a slice is not worth a task of its own. */
    static final int MIN_DOCS_PER_SLICE = 10_000;

    private final int cores;
    private final int minDocsPerSlice;
    private final ExecutorService executor;

    SlicedSearchers() {
        this(Runtime.getRuntime().availableProcessors(), MIN_DOCS_PER_SLICE);
    }

    SlicedSearchers(int cores, int minDocsPerSlice) {
        this.cores = Math.max(1, cores);
        this.minDocsPerSlice = Math.max(1, minDocsPerSlice);
        AtomicInteger n = new AtomicInteger();
        this.executor = this.cores == 1 ? null : Executors.newFixedThreadPool(this.cores, r -> {
            Thread t = new PoolThread(r, "search-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** A thread of the searchers' pool. */
    private static final class PoolThread extends Thread {
        PoolThread(Runnable task, String name) {
            super(task, name);
        }
    }

    /**
     * Whether the asking thread belongs to the pool. Work run there must never hand tasks to the pool and wait for
     * them: with every pool thread doing the same, nothing would be left to run the tasks, and the searches would
     * wait for good (seen: eight searches at once hung a portal of 20,000 solutions). Lucene's own slices are safe,
     * since the asking thread runs whatever has not started; a plain executor is not.
     */
    static boolean onPoolThread() {
        return Thread.currentThread() instanceof PoolThread;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
        int slices = sliceCount(reader.maxDoc());
        return executor == null || slices == 1 ? new IndexSearcher(reader) : new Sliced(reader, executor, slices);
    }

    /** How many slices an index of {@code docs} documents is searched in. */
    int sliceCount(long docs) {
        return (int) Math.max(1, Math.min(cores, docs / minDocsPerSlice));
    }

    /** Segments dealt largest first, each to the slice with the fewest documents so far. */
    static List<List<LeafReaderContext>> deal(List<LeafReaderContext> leaves, int count) {
        List<List<LeafReaderContext>> slices = new ArrayList<>();
        long[] docs = new long[count];
        for (int i = 0; i < count; i++) {
            slices.add(new ArrayList<>());
        }
        List<LeafReaderContext> largestFirst = new ArrayList<>(leaves);
        largestFirst.sort(Comparator.comparingInt((LeafReaderContext l) -> l.reader().maxDoc()).reversed());
        for (LeafReaderContext leaf : largestFirst) {
            int smallest = 0;
            for (int i = 1; i < count; i++) {
                if (docs[i] < docs[smallest]) {
                    smallest = i;
                }
            }
            slices.get(smallest).add(leaf);
            docs[smallest] += leaf.reader().maxDoc();
        }
        slices.removeIf(List::isEmpty);
        return slices;
    }

    /** What two independent pieces of one query's work gave. */
    record Both<A, B>(A first, B second) {
    }

    /**
     * Runs two independent pieces of one query's work side by side on a sliced searcher's cores: the asking thread
     * takes whichever has not started, so a busy pool never leaves it waiting idle. On a searcher of one slice they
     * run one after the other.
     */
    @SuppressWarnings("unchecked")
    static <A, B> Both<A, B> both(IndexSearcher searcher, Callable<A> first, Callable<B> second)
            throws IOException {
        if (!(searcher instanceof Sliced sliced)) {
            try {
                return new Both<>(first.call(), second.call());
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        List<Object> done = sliced.parallel.invokeAll(List.<Callable<Object>>of(first::call, second::call));
        return new Both<>((A) done.get(0), (B) done.get(1));
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private static final class Sliced extends IndexSearcher {
        private static final TaskExecutor IN_CALLER = new TaskExecutor(Runnable::run);
        private final int slices;
        private final TaskExecutor parallel;

        Sliced(IndexReader reader, ExecutorService executor, int slices) {
            super(reader, executor);
            this.slices = slices;
            this.parallel = new TaskExecutor(executor);
        }

        /**
         * Term statistics are looked up in the asking thread. Lucene would send each term's look-up in each segment
         * to the executor as a task of its own: a query over many fields and word forms makes a task per term and
         * segment, and their hand-overs cost more than the look-ups (at 100,000 solutions the API's median went
         * from 11.6 to 9.2 ms without them). The search itself still runs in slices.
         */
        @Override
        public TaskExecutor getTaskExecutor() {
            return IN_CALLER;
        }

        // Lucene asks for the slices on first use, after construction; were it to ask earlier, one slice is safe.
        @Override
        protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
            return deal(leaves, Math.max(1, slices)).stream().map(LeafSlice::new).toArray(LeafSlice[]::new);
        }
    }
}
