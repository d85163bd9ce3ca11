package pl.innowacje.katalog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import pl.innowacje.katalog.catalog.SolutionSnapshot;
import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.system.Markdown;
import pl.innowacje.katalog.system.PortalProperties;

/**
 * The index's one long-lived writer and its searcher manager. It remembers, in its commit data, the last change-log
 * id it has applied and the schema version it was built with, so a restart catches up from there and a schema change
 * triggers a rebuild.
 */
@Component
public class SearchIndex implements DisposableBean {

    /** Raise when fields or analysis change: an index built with another version is rebuilt at start-up. */
    static final String SCHEMA_VERSION = "8";
    private static final String LAST_CHANGE = "last_change_id";
    private static final String SCHEMA = "schema";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final SlicedSearchers slicedSearchers;
    private final FacetsConfig facetsConfig = Documents.facetsConfig();
    private final Fields.Weights weights;
    private final Analyzer queryAnalyzer;
    private final Documents documents;
    private volatile StateHolder state;
    private final Analyzer indexAnalyzer;

    private record StateHolder(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    @Autowired
    SearchIndex(PortalProperties properties, Vocabularies vocabularies, Markdown markdown) throws IOException {
        this(open(properties), Fields.Weights.standard(), vocabularies, markdown::toText);
    }

    SearchIndex(Directory directory, Fields.Weights weights, Vocabularies vocabularies,
            java.util.function.Function<String, String> plainText) throws IOException {
        this(directory, weights, vocabularies, plainText, new SlicedSearchers());
    }

    SearchIndex(Directory directory, Fields.Weights weights, Vocabularies vocabularies,
            java.util.function.Function<String, String> plainText, SlicedSearchers slicedSearchers)
            throws IOException {
        this.directory = directory;
        this.weights = weights;
        this.indexAnalyzer = PolishAnalysis.perField(true, weights.analysis(), weights.family());
        IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        // Fewer, larger segments: each query pays per segment (term look-ups, weights); measured at 100,000
        // solutions, 17 segments searched 165 queries/s and 3 segments 207.
        org.apache.lucene.index.TieredMergePolicy merges = new org.apache.lucene.index.TieredMergePolicy();
        merges.setSegmentsPerTier(4);
        // Plain segment files: packing them into compound files is a second copy of every flushed segment.
        merges.setNoCFSRatio(0.0);
        // Replaced documents are rewritten away at once (see commit), so that every node scores alike.
        merges.setForceMergeDeletesPctAllowed(0.0);
        config.setUseCompoundFile(false);
        config.setMergePolicy(merges);
        this.writer = new IndexWriter(directory, config);
        this.slicedSearchers = slicedSearchers;
        this.searchers = new SearcherManager(writer, slicedSearchers);
        this.queryAnalyzer = PolishAnalysis.perField(false, weights.analysis(), weights.family());
        this.documents = new Documents(facetsConfig, weights, vocabularies, plainText);
    }

    static SearchIndex inMemory(Fields.Weights weights, Vocabularies vocabularies) throws IOException {
        return new SearchIndex(new ByteBuffersDirectory(), weights, vocabularies, s -> s == null ? "" : s);
    }

    /** In memory, searched in slices from this many documents each on this many threads. */
    static SearchIndex inMemory(Fields.Weights weights, Vocabularies vocabularies, int cores, int minDocsPerSlice)
            throws IOException {
        return new SearchIndex(new ByteBuffersDirectory(), weights, vocabularies, s -> s == null ? "" : s,
                new SlicedSearchers(cores, minDocsPerSlice));
    }

    private static Directory open(PortalProperties properties) throws IOException {
        Files.createDirectories(properties.indexDir());
        return FSDirectory.open(properties.indexDir());
    }

    /**
     * Replaces everything indexed for these solutions; a solution absent from {@code snapshots} is removed. Each
     * solution's documents are swapped in one step, so a search never finds it missing while it is being replaced.
     */
    void replace(Collection<Long> ids, List<SolutionSnapshot> snapshots, Map<String, List<String>> pages)
            throws IOException {
        java.util.Set<Long> kept = new java.util.HashSet<>();
        for (SolutionSnapshot s : snapshots) {
            writer.updateDocuments(new Term(Fields.SOLUTION_ID, Long.toString(s.id())), documents.build(s, pages));
            kept.add(s.id());
        }
        for (Long id : ids) {
            if (!kept.contains(id)) {
                writer.deleteDocuments(new Term(Fields.SOLUTION_ID, Long.toString(id)));
            }
        }
    }

    /**
     * As {@link #replace}, with each solution analysed apart and then added whole ({@link BuiltApart}): for
     * solutions with so much text that the main writer's commits would wait seconds for them.
     */
    void replaceApart(Collection<Long> ids, List<SolutionSnapshot> snapshots, Map<String, List<String>> pages)
            throws IOException {
        java.util.Set<Long> kept = new java.util.HashSet<>();
        for (SolutionSnapshot s : snapshots) {
            try (BuiltApart built = new BuiltApart(documents.build(s, pages), indexAnalyzer,
                    Long.toString(System.nanoTime()))) {
                writer.addIndexes(built.readers());
                writer.deleteDocuments(new org.apache.lucene.search.BooleanQuery.Builder()
                        .add(new org.apache.lucene.search.TermQuery(new Term(Fields.SOLUTION_ID,
                                Long.toString(s.id()))), org.apache.lucene.search.BooleanClause.Occur.MUST)
                        .add(new org.apache.lucene.search.TermQuery(new Term(BuiltApart.GENERATION,
                                built.generation())), org.apache.lucene.search.BooleanClause.Occur.MUST_NOT)
                        .build());
            }
            kept.add(s.id());
        }
        for (Long id : ids) {
            if (!kept.contains(id)) {
                writer.deleteDocuments(new Term(Fields.SOLUTION_ID, Long.toString(id)));
            }
        }
    }

    /** Adds solutions known not to be in the index (a rebuild); safe to call from several threads at once. */
    void add(List<SolutionSnapshot> snapshots, Map<String, List<String>> pages) throws IOException {
        for (SolutionSnapshot s : snapshots) {
            // One by one, not as a block: a block stays in memory whole, and a solution can hold huge handbooks.
            for (org.apache.lucene.document.Document d : documents.build(s, pages)) {
                writer.addDocument(d);
            }
        }
    }

    /** After a rebuild: a handful of segments, so searches start fast rather than after the merges catch up. */
    void compact() throws IOException {
        writer.forceMerge(4);
    }

    void deleteAll() throws IOException {
        writer.deleteAll();
    }

    /** Makes the batch durable together with the change id it brings the index up to, then shows it to searches. */
    void commit(long lastChange) throws IOException {
        writer.setLiveCommitData(Map.of(LAST_CHANGE, Long.toString(lastChange), SCHEMA, SCHEMA_VERSION).entrySet());
        writer.commit();
        // A replaced solution's old documents still count in the scoring statistics (document frequencies, field
        // lengths) until a merge removes them, and merges happen at different times on different nodes: two nodes
        // holding the same solutions would rank near-equal hits differently. Segments with deletions are therefore
        // rewritten in the background; searches see the result at the next refresh (see refresh()).
        if (writer.hasDeletions()) {
            writer.forceMergeDeletes(false);
        }
        searchers.maybeRefreshBlocking();
    }

    /** Shows searches what background merges have finished since the last commit; cheap when nothing has. */
    void refresh() throws IOException {
        searchers.maybeRefresh();
    }

    long lastChange() {
        return Long.parseLong(commitData().getOrDefault(LAST_CHANGE, "-1"));
    }

    boolean needsRebuild() {
        return !SCHEMA_VERSION.equals(commitData().get(SCHEMA));
    }

    private Map<String, String> commitData() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    interface SearchWork<T> {
        T run(IndexSearcher searcher, SortedSetDocValuesReaderState state) throws IOException;
    }

    <T> T search(SearchWork<T> work) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.run(searcher, state(searcher.getIndexReader()));
        } finally {
            searchers.release(searcher);
        }
    }

    /** Facet ordinals are built once per reader, not once per query: they cost a pass over the doc values. */
    private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        StateHolder current = state;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        synchronized (this) {
            current = state;
            if (current == null || current.reader() != reader) {
                current = new StateHolder(reader, facetState(reader));
                state = current;
            }
            return current.state();
        }
    }

    /** Null while no document has facets yet (an empty index): searches then answer with no hits. */
    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        } catch (IllegalArgumentException noFacetsYet) {
            return null;
        }
    }

    FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    Fields.Weights weights() {
        return weights;
    }

    Analyzer queryAnalyzer() {
        return queryAnalyzer;
    }

    long sizeOnDisk() {
        try {
            long total = 0;
            for (String file : directory.listAll()) {
                total += directory.fileLength(file);
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void destroy() throws IOException {
        searchers.close();
        slicedSearchers.close();
        writer.close();
        directory.close();
    }
}
