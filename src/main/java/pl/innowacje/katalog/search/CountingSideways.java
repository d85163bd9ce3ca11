package pl.innowacje.katalog.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.ConcurrentSortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;

/**
 * Drill-sideways whose facet counts use the searcher's cores, as its search does ({@link SlicedSearchers}): on a
 * large index counting the values of every hit is a sixth of a query's time, and each chosen filter adds a count of
 * its own (the near misses that make its other values' numbers).
 */
final class CountingSideways extends DrillSideways {

    private final SortedSetDocValuesReaderState facetState;
    private final ExecutorService executor;

    CountingSideways(IndexSearcher searcher, FacetsConfig config, SortedSetDocValuesReaderState state) {
        super(searcher, config, state);
        this.facetState = state;
        this.executor = searcher.getSlices().length > 1 && searcher.getExecutor() instanceof ExecutorService e
                ? e : null;
    }

    // Query first: a document is scored only once it has passed every filter. Lucene's default union path scores
    // every document with the words, filtered out or not, which on a large index with a chosen region or user
    // type cost more than the filtering saved (measured at 100,000 solutions: p99 50.6 → 46.9 ms).
    @Override
    protected boolean scoreSubDocsAtOnce() {
        return true;
    }

    @Override
    protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways,
            String[] drillSidewaysDims) throws IOException {
        Facets downs = drillDowns == null ? null : count(drillDowns);
        if (drillSideways == null || drillSideways.length == 0) {
            return downs;
        }
        Map<String, Facets> sideways = new HashMap<>();
        for (int i = 0; i < drillSideways.length; i++) {
            sideways.put(drillSidewaysDims[i], count(drillSideways[i]));
        }
        return new MultiFacets(sideways, downs);
    }

    private Facets count(FacetsCollector hits) throws IOException {
        // On a pool thread the counts are made there: see SlicedSearchers.onPoolThread().
        if (executor == null || SlicedSearchers.onPoolThread()) {
            return new SortedSetDocValuesFacetCounts(facetState, hits);
        }
        try {
            return new ConcurrentSortedSetDocValuesFacetCounts(facetState, hits, executor);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("facet counting interrupted", e);
        }
    }
}
