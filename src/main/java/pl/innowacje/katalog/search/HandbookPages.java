package pl.innowacje.katalog.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import pl.innowacje.katalog.files.TextUnit;

/**
 * "Where inside the handbook": for the solutions on the page shown, the best page of each, with its passage. A page
 * needs only one of the words (the words of a query are often spread over several pages); pages with more of the
 * words win ({@link Coordinated}), then the score. Every page of those solutions that matches is looked at, so a
 * solution with many matching pages can never crowd another one out.
 */
final class HandbookPages {

    private HandbookPages() {
    }

    /** Best page per solution id (as stored), for those of {@code solutionIds} whose handbooks match at all. */
    static Map<String, SearchResult.Snippet> best(IndexSearcher searcher, SearchIndex index,
            Supplier<Query> wordsOverPages, List<String> solutionIds) throws IOException {
        if (solutionIds.isEmpty()) {
            return Map.of();
        }
        List<BytesRef> ids = solutionIds.stream().map(BytesRef::new).toList();
        Query pages = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PAGE)), BooleanClause.Occur.FILTER)
                .add(new TermInSetQuery(Fields.SOLUTION_ID, ids), BooleanClause.Occur.FILTER)
                .build();
        // Often no solution shown has a handbook: a count of their pages costs far less than the words over them.
        if (searcher.count(pages) == 0) {
            return Map.of();
        }
        Query words = wordsOverPages.get();
        Query pagesOfHits = new BooleanQuery.Builder()
                .add(words, BooleanClause.Occur.MUST)
                .add(pages, BooleanClause.Occur.FILTER)
                .build();
        BestPerSolution best = new BestPerSolution();
        searcher.search(pagesOfHits, best);
        if (best.doc.isEmpty()) {
            return Map.of();
        }
        int[] docIds = best.doc.values().stream().mapToInt(Integer::intValue).toArray();
        Map<Integer, Document> stored = new HashMap<>();
        Map<Integer, String> texts = new HashMap<>();
        for (int doc : docIds) {
            Document d = searcher.storedFields().document(doc);
            stored.put(doc, d);
            texts.put(doc, d.get(Fields.PAGE_STORED));
        }
        List<String> passages = Snippets.best(searcher, index.queryAnalyzer(), words, Fields.PAGE, texts,
                index.weights().kinds(Fields.PAGE), docIds);
        Map<String, SearchResult.Snippet> out = new HashMap<>();
        for (int i = 0; i < docIds.length; i++) {
            Document d = stored.get(docIds[i]);
            String text = passages.get(i) != null ? passages.get(i) : Snippets.opening(texts.get(docIds[i]));
            out.put(d.get(Fields.SOLUTION_ID), new SearchResult.Snippet(text,
                    d.getField(Fields.FILE_ID).numericValue().longValue(), d.get(Fields.FILE_TITLE),
                    d.getField(Fields.PAGE_NO).numericValue().intValue(), TextUnit.ofKey(d.get(Fields.UNIT))));
        }
        return out;
    }

    /** Keeps the highest-scoring page of each solution, grouped by the solution id doc value. */
    private static final class BestPerSolution extends SimpleCollector {
        final Map<Long, Integer> doc = new HashMap<>();
        final Map<Long, Float> score = new HashMap<>();
        private Scorable scorer;
        private NumericDocValues solution;
        private int base;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            solution = context.reader().getNumericDocValues(Fields.SOLUTION_NUM);
            base = context.docBase;
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int leafDoc) throws IOException {
            if (solution == null || !solution.advanceExact(leafDoc)) {
                return;
            }
            long id = solution.longValue();
            float s = scorer.score();
            Float current = score.get(id);
            // Ties go to the earlier page: the first place a reader meets the words.
            if (current == null || s > current) {
                score.put(id, s);
                doc.put(id, base + leafDoc);
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }
    }
}
