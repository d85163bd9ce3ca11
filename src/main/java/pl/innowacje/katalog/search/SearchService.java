package pl.innowacje.katalog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.springframework.stereotype.Service;

/**
 * Searches solutions: the words over weighted fields, visibility as a filter clause, facets with drill-sideways (a
 * chosen value keeps the other values' counts), then for the page shown the best record passage and the best
 * handbook page of each hit.
 */
@Service
public class SearchService {

    /** Fewer hits than a page of results are topped up with solutions that have only some of the words. */
    static final int TOP_UP = 10;

    private final SearchIndex index;
    private final Function<String, String> areaOfBlock;
    private final UserQuery queries;
    private final DidYouMean didYouMean;

    @org.springframework.beans.factory.annotation.Autowired
    SearchService(SearchIndex index, BlockAreas blockAreas, Synonyms synonyms) {
        this(index, blockAreas::areaOf, synonyms);
    }

    SearchService(SearchIndex index, Function<String, String> areaOfBlock) {
        this(index, areaOfBlock, Synonyms.none());
    }

    SearchService(SearchIndex index, Function<String, String> areaOfBlock, Synonyms synonyms) {
        this.index = index;
        this.areaOfBlock = areaOfBlock;
        this.queries = new UserQuery(index.queryAnalyzer(), synonyms, index.weights().family());
        this.didYouMean = new DidYouMean(synonyms);
    }

    /**
     * Runs the search. With no hits, or with a word the index has nowhere, the query is tried once more as corrected
     * by did-you-mean (shown as "results for …"). With fewer than {@link #TOP_UP} hits, the list goes on with solutions that have some of the
     * words, below every one that has them all, so a good answer is never hidden because another solution happens
     * to contain every word. A correction is offered with any result.
     */
    public SearchResult search(SearchRequest request) {
        String text = UserQuery.clean(request.query());
        try {
            return index.search((searcher, state) -> {
                if (state == null) {
                    return new SearchResult(0, List.of(), Map.of(), null, false, false);
                }
                Chosen chosen = choose(searcher, state, request, text, request.page() * request.size());
                // Hits, passages and facets are read for the one pass shown, never for a pass set aside.
                return result(searcher, state, chosen.pass(), chosen.suggestion(), chosen.corrected());
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The solutions a search finds, in its order: how many in all, and the ids of the first ones. */
    public record Ids(long total, List<Long> ids) {
    }

    /**
     * The ids of the first {@code max} solutions the search shows, in its order (the request's page and size aside):
     * what a download of the results lists. Nothing is read for display.
     */
    public Ids ids(SearchRequest request, int max) {
        String text = UserQuery.clean(request.query());
        try {
            return index.search((searcher, state) -> {
                if (state == null || max < 1) {
                    return new Ids(0, List.of());
                }
                Pass chosen = choose(searcher, state, request, text, max).pass();
                List<Long> ids = new ArrayList<>();
                StoredFields stored = searcher.storedFields();
                for (ScoreDoc hit : chosen.hits().scoreDocs) {
                    ids.add(Long.parseLong(stored.document(hit.doc, Set.of(Fields.SOLUTION_ID))
                            .get(Fields.SOLUTION_ID)));
                }
                return new Ids(chosen.total(), ids);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pass a search shows, with the correction offered and whether the pass is that correction's. */
    private record Chosen(Pass pass, String suggestion, boolean corrected) {
    }

    private Chosen choose(IndexSearcher searcher, SortedSetDocValuesReaderState state, SearchRequest request,
            String text, int topN) throws IOException {
        // Did-you-mean needs only the words, so it looks while the search runs.
        SlicedSearchers.Both<Pass, DidYouMean.Correction> started = SlicedSearchers.both(searcher,
                () -> pass(searcher, state, request, text, UserQuery.Mode.RANKED, topN),
                () -> text.isBlank() ? null : didYouMean.suggest(searcher.getIndexReader(), text));
        Pass first = started.first();
        DidYouMean.Correction correction = started.second();
        String suggestion = correction == null ? null : correction.text();
        // A word the index has nowhere matched nothing as typed: show what was meant, unless asked not to.
        if ((first.total() == 0 || correction != null && correction.unknownWord()) && suggestion != null
                && !request.literal()) {
            Pass corrected = pass(searcher, state, request, suggestion, UserQuery.Mode.RANKED, topN);
            if (corrected.total() > 0) {
                return new Chosen(corrected, suggestion, true);
            }
        }
        if (first.total() < TOP_UP && !text.isBlank() && UserQuery.plainWords(text)) {
            Query any = words(text, UserQuery.Mode.ANY);
            // A query of one word needs that word either way: relaxing it would only run it twice.
            Pass relaxed = any.equals(first.words()) ? first
                    : pass(searcher, state, request, text, UserQuery.Mode.ANY, any, topN);
            if (relaxed.total() > first.total()) {
                return new Chosen(relaxed, suggestion, false);
            }
        }
        return new Chosen(first, suggestion, false);
    }

    /** One search of the index: the top documents and the facet counts, before anything is read for display. */
    private record Pass(SearchRequest request, String text, UserQuery.Mode mode, Query words,
            TopDocs hits, Facets facets) {
        long total() {
            return hits.totalHits.value;
        }
    }

    private Pass pass(IndexSearcher searcher, SortedSetDocValuesReaderState state, SearchRequest request,
            String text, UserQuery.Mode mode, int topN) throws IOException {
        return pass(searcher, state, request, text, mode,
                text.isBlank() ? new MatchAllDocsQuery() : words(text, mode), topN);
    }

    private Pass pass(IndexSearcher searcher, SortedSetDocValuesReaderState state, SearchRequest request,
            String text, UserQuery.Mode mode, Query words, int topN) throws IOException {
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
        DrillSideways sideways = new CountingSideways(searcher, index.facetsConfig(), state);
        DrillSideways.DrillSidewaysResult found = switch (request.sort()) {
            case RELEVANCE -> text.isBlank()
                    ? sideways.search(drill, null, null, topN, newest(), false)
                    : sideways.search(drill, null, null, topN, BY_SCORE, false);
            case NEWEST -> sideways.search(drill, null, null, topN, newest(), false);
            case TITLE -> sideways.search(drill, null, null, topN,
                    new Sort(new SortField(Fields.TITLE_SORT, SortField.Type.STRING)), false);
            case DOWNLOADS -> sideways.search(drill, null, null, topN, mostDownloaded(), false);
        };
        return new Pass(request, text, mode, words, found.hits, found.facets);
    }

    private Query words(String text, UserQuery.Mode mode) {
        return queries.parse(text, index.weights().solution(), mode);
    }

    private SearchResult result(IndexSearcher searcher, SortedSetDocValuesReaderState state, Pass pass,
            String suggestion, boolean corrected) throws IOException {
        TopDocs top = pass.hits();
        SearchRequest request = pass.request();
        int from = Math.min((request.page() - 1) * request.size(), top.scoreDocs.length);
        ScoreDoc[] shown = java.util.Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
        List<SearchResult.Hit> hits = hits(searcher, shown, pass.text().isBlank() ? null : pass.text());
        return new SearchResult(top.totalHits.value, hits, FacetValues.of(pass.facets(), state), suggestion,
                pass.mode() == UserQuery.Mode.ANY, corrected);
    }

    /**
     * Equal scores in title order, not in the order documents happen to sit in this node's index: every node (and
     * this one after a rebuild) lists them alike.
     */
    private static final Sort BY_SCORE = new Sort(SortField.FIELD_SCORE,
            new SortField(Fields.TITLE_SORT, SortField.Type.STRING));

    private static Sort mostDownloaded() {
        return new Sort(new SortField(Fields.DOWNLOADS, SortField.Type.LONG, true),
                new SortField(Fields.PUBLISHED, SortField.Type.LONG, true),
                new SortField(Fields.TITLE_SORT, SortField.Type.STRING));
    }

    private static Sort newest() {
        return new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG, true),
                new SortField(Fields.TITLE_SORT, SortField.Type.STRING));
    }

    private List<SearchResult.Hit> hits(IndexSearcher searcher, ScoreDoc[] shown, String text) throws IOException {
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
        // Passages come from the record text only, so the highlighter gets the words over those fields alone; any
        // word of the query marks a passage, since a hit may lack one of them. Record passages and handbook pages
        // are independent, so they are found side by side.
        SlicedSearchers.Both<List<String>, Map<String, SearchResult.Snippet>> passages = text == null
                ? new SlicedSearchers.Both<>(null, Map.of())
                : SlicedSearchers.both(searcher,
                        () -> Snippets.best(searcher, index.queryAnalyzer(),
                                queries.parse(text, index.weights().body(), UserQuery.Mode.ANY), Fields.BODY, bodies,
                                index.weights().kinds(Fields.BODY), docIds),
                        () -> HandbookPages.best(searcher, index,
                                () -> queries.parse(text, index.weights().page(), UserQuery.Mode.ANY),
                                docs.stream().map(d -> d.get(Fields.SOLUTION_ID)).toList()));
        List<String> records = passages.first();
        Map<String, SearchResult.Snippet> pages = passages.second();
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
            if (snippets.isEmpty() && text != null && bodies.get(docIds[i]) != null) {
                // Matched in the title or the labels only: the record's opening says what the solution is.
                snippets.add(new SearchResult.Snippet(Snippets.opening(bodies.get(docIds[i])), null, null, null,
                        null));
            }
            out.add(new SearchResult.Hit(Long.parseLong(id), d.get(Fields.SLUG), d.get(Fields.TITLE_STORED),
                    d.get(Fields.STATUS), snippets));
        }
        return out;
    }
}
