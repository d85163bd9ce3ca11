package pl.innowacje.katalog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.springframework.stereotype.Service;

import pl.innowacje.katalog.files.TextUnit;

/**
 * Searches solutions: the words over weighted fields, visibility as a filter clause, facets with drill-sideways (a
 * chosen value keeps the other values' counts), then for the page shown the best record passage and the best
 * handbook page of each hit.
 */
@Service
public class SearchService {

    private static final int FACET_VALUES = 200;

    private final SearchIndex index;
    private final Function<String, String> areaOfBlock;
    private final DidYouMean didYouMean = new DidYouMean();

    @org.springframework.beans.factory.annotation.Autowired
    SearchService(SearchIndex index, BlockAreas blockAreas) {
        this(index, blockAreas::areaOf);
    }

    SearchService(SearchIndex index, Function<String, String> areaOfBlock) {
        this.index = index;
        this.areaOfBlock = areaOfBlock;
    }

    public SearchResult search(SearchRequest request) {
        String text = UserQuery.clean(request.query());
        try {
            return index.search((searcher, state) -> {
                if (state == null) {
                    return new SearchResult(0, List.of(), Map.of(), null, false);
                }
                SearchResult result = run(searcher, state, request, text, true);
                if (result.total() == 0 && !text.isBlank() && UserQuery.plainWords(text)) {
                    SearchResult relaxed = run(searcher, state, request, text, false);
                    if (relaxed.total() > 0) {
                        result = relaxed;
                    }
                }
                String suggestion = result.total() < 3 && !text.isBlank()
                        ? didYouMean.suggest(searcher.getIndexReader(), text) : null;
                return new SearchResult(result.total(), result.hits(), result.facets(), suggestion,
                        result.relaxed());
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchResult run(IndexSearcher searcher, SortedSetDocValuesReaderState state, SearchRequest request,
            String text, boolean every) throws IOException {
        Fields.Weights weights = index.weights();
        Query words = text.isBlank() ? new MatchAllDocsQuery()
                : UserQuery.parse(text, weights.solution(), index.queryAnalyzer(), every);
        Query base = new BooleanQuery.Builder()
                .add(words, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_SOLUTION)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.VISIBLE, "1")), BooleanClause.Occur.FILTER)
                .build();
        DrillDownQuery drill = new DrillDownQuery(index.facetsConfig(), base);
        request.filters().forEach((dim, values) -> {
            for (String value : values) {
                if ("block".equals(dim)) {
                    String area = areaOfBlock.apply(value);
                    drill.add(dim, area == null ? "-" : area, value);
                } else {
                    drill.add(dim, value);
                }
            }
        });
        int topN = request.page() * request.size();
        DrillSideways sideways = new DrillSideways(searcher, index.facetsConfig(), state);
        DrillSideways.DrillSidewaysResult found = switch (request.sort()) {
            case RELEVANCE -> text.isBlank()
                    ? sideways.search(drill, null, null, topN, newest(), false)
                    : sideways.search(drill, topN);
            case NEWEST -> sideways.search(drill, null, null, topN, newest(), false);
            case TITLE -> sideways.search(drill, null, null, topN,
                    new Sort(new SortField(Fields.TITLE_SORT, SortField.Type.STRING)), false);
        };
        TopDocs top = found.hits;
        int from = Math.min((request.page() - 1) * request.size(), top.scoreDocs.length);
        ScoreDoc[] shown = java.util.Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
        List<SearchResult.Hit> hits = hits(searcher, shown, text.isBlank() ? null : words, text, every);
        return new SearchResult(top.totalHits.value, hits, facets(found.facets), null, !every);
    }

    private static Sort newest() {
        return new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG, true),
                new SortField(Fields.TITLE_SORT, SortField.Type.STRING));
    }

    private List<SearchResult.Hit> hits(IndexSearcher searcher, ScoreDoc[] shown, Query words, String text,
            boolean every) throws IOException {
        if (shown.length == 0) {
            return List.of();
        }
        int[] docIds = new int[shown.length];
        List<Document> docs = new ArrayList<>();
        Map<Integer, String> bodies = new HashMap<>();
        for (int i = 0; i < shown.length; i++) {
            docIds[i] = shown[i].doc;
            Document d = searcher.storedFields().document(shown[i].doc);
            docs.add(d);
            bodies.put(shown[i].doc, d.get(Fields.BODY_STORED));
        }
        // Passages come from the record text only, so the highlighter gets the words over those fields alone.
        List<String> records = words == null ? null : Snippets.best(searcher, index.queryAnalyzer(),
                UserQuery.parse(text, index.weights().body(), index.queryAnalyzer(), every), Fields.BODY,
                bodies, index.weights().kinds(Fields.BODY), docIds);
        Map<String, SearchResult.Snippet> pages = words == null ? Map.of() : bestPages(searcher, docs, text, every);
        List<SearchResult.Hit> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            String id = d.get(Fields.SOLUTION_ID);
            List<SearchResult.Snippet> snippets = new ArrayList<>();
            if (records != null && records.get(i) != null) {
                snippets.add(new SearchResult.Snippet(records.get(i), null, null, null, null));
            }
            if (pages.containsKey(id)) {
                snippets.add(pages.get(id));
            }
            out.add(new SearchResult.Hit(Long.parseLong(id), d.get(Fields.SLUG), d.get(Fields.TITLE_STORED),
                    d.get(Fields.STATUS), snippets));
        }
        return out;
    }

    /** The same words over the handbook pages of the hits shown: the best page of each, with its passage. */
    private Map<String, SearchResult.Snippet> bestPages(IndexSearcher searcher, List<Document> hits, String text,
            boolean every) throws IOException {
        List<BytesRef> ids = hits.stream().map(d -> new BytesRef(d.get(Fields.SOLUTION_ID))).toList();
        Query words = UserQuery.parse(text, index.weights().page(), index.queryAnalyzer(), every);
        Query pagesOfHits = new BooleanQuery.Builder()
                .add(words, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PAGE)), BooleanClause.Occur.FILTER)
                .add(new TermInSetQuery(Fields.SOLUTION_ID, ids), BooleanClause.Occur.FILTER)
                .build();
        TopDocs top = searcher.search(pagesOfHits, Math.max(50, ids.size() * 20));
        // Best page per solution, grouped by a doc value: stored fields are read only for the pages shown.
        Map<Long, Integer> bestDoc = new LinkedHashMap<>();
        List<org.apache.lucene.index.LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (ScoreDoc sd : top.scoreDocs) {
            org.apache.lucene.index.LeafReaderContext leaf = leaves.get(
                    org.apache.lucene.index.ReaderUtil.subIndex(sd.doc, leaves));
            org.apache.lucene.index.NumericDocValues solution = leaf.reader().getNumericDocValues(
                    Fields.SOLUTION_NUM);
            if (solution != null && solution.advanceExact(sd.doc - leaf.docBase)) {
                bestDoc.putIfAbsent(solution.longValue(), sd.doc);
            }
        }
        if (bestDoc.isEmpty()) {
            return Map.of();
        }
        Map<Integer, Document> stored = new HashMap<>();
        Map<Integer, String> texts = new HashMap<>();
        for (int doc : bestDoc.values()) {
            Document d = searcher.storedFields().document(doc);
            stored.put(doc, d);
            texts.put(doc, d.get(Fields.PAGE_STORED));
        }
        int[] docIds = bestDoc.values().stream().mapToInt(Integer::intValue).toArray();
        List<String> passages = Snippets.best(searcher, index.queryAnalyzer(), words, Fields.PAGE, texts,
                index.weights().kinds(Fields.PAGE), docIds);
        Map<String, SearchResult.Snippet> out = new HashMap<>();
        for (int i = 0; i < docIds.length; i++) {
            Document d = stored.get(docIds[i]);
            if (passages.get(i) != null) {
                out.put(d.get(Fields.SOLUTION_ID), new SearchResult.Snippet(passages.get(i),
                        d.getField(Fields.FILE_ID).numericValue().longValue(), d.get(Fields.FILE_TITLE),
                        d.getField(Fields.PAGE_NO).numericValue().intValue(), TextUnit.ofKey(d.get(Fields.UNIT))));
            }
        }
        return out;
    }

    private static Map<String, List<SearchResult.FacetValue>> facets(Facets facets) throws IOException {
        Map<String, List<SearchResult.FacetValue>> out = new LinkedHashMap<>();
        for (String dim : Fields.FACETS) {
            List<SearchResult.FacetValue> values = new ArrayList<>();
            FacetResult top = topChildren(facets, dim);
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
