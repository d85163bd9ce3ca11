package pl.innowacje.katalog.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

/** A search's facet counts as the result lists them: every value of every dimension, blocks under their areas. */
final class FacetValues {

    /** Every value of a facet, so "show all" can list them: the largest (regions with counties) has about 400. */
    private static final int FACET_VALUES = 1_000;

    private FacetValues() {
    }

    static Map<String, List<SearchResult.FacetValue>> of(Facets facets,
            SortedSetDocValuesReaderState state) throws IOException {
        Map<String, List<SearchResult.FacetValue>> out = new LinkedHashMap<>();
        for (String dim : Fields.FACETS) {
            List<SearchResult.FacetValue> values = new ArrayList<>();
            // A dimension no document has yet (no solution with a period, say) has no values to count.
            boolean present = "block".equals(dim) ? state.getDimTree(dim) != null : state.getOrdRange(dim) != null;
            FacetResult top = present ? topChildren(facets, dim) : null;
            if (top != null) {
                for (LabelAndValue lv : top.labelValues) {
                    if ("block".equals(dim)) {
                        FacetResult blocks = topChildren(facets, dim, lv.label);
                        if (blocks != null) {
                            for (LabelAndValue b : blocks.labelValues) {
                                values.add(new SearchResult.FacetValue(b.label, b.value.longValue(), lv.label));
                            }
                        }
                    } else {
                        values.add(new SearchResult.FacetValue(lv.label, lv.value.longValue(), null));
                    }
                }
            }
            if (Fields.YEAR.equals(dim)) {
                values.sort(Comparator.comparing(SearchResult.FacetValue::value).reversed());
            }
            out.put(dim, values);
        }
        return out;
    }

    private static FacetResult topChildren(Facets facets, String dim, String... path) throws IOException {
        try {
            return facets.getTopChildren(FACET_VALUES, dim, path);
        } catch (IllegalArgumentException noSuchDimYet) {
            return null;
        }
    }
}
