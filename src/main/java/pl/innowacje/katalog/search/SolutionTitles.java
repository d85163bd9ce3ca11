package pl.innowacje.katalog.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * Titles of public solutions for a folded prefix: first those that start with it (the whole title, so "zatrudnienie
 * wsp" finds "Zatrudnienie wspomagane…"), then those with a word starting with each typed word ("trenerem" finds
 * "Zatrudnienie wspomagane z trenerem pracy"), each in Polish title order.
 */
final class SolutionTitles {

    /** Enough typed words for any title; more would only multiply prefix expansions. */
    private static final int MAX_WORDS = 8;
    private static final Sort BY_TITLE = new Sort(new SortField(Fields.TITLE_SORT, SortField.Type.STRING));
    private static final String FOLDED_TITLE = Fields.name(Fields.TITLE, PolishAnalysis.Kind.FOLDED);

    private SolutionTitles() {
    }

    /** Visibility as a filter clause, as in every search. */
    static Query publicSolutions() {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_SOLUTION)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.VISIBLE, "1")), BooleanClause.Occur.FILTER)
                .build();
    }

    static List<Suggestions.Suggestion> find(IndexSearcher searcher, String folded, boolean english, int limit)
            throws IOException {
        Map<Integer, Boolean> docs = new LinkedHashMap<>();
        for (ScoreDoc d : searcher.search(only(new PrefixQuery(new Term(Fields.TITLE_PREFIX, folded))), limit,
                BY_TITLE, false).scoreDocs) {
            docs.put(d.doc, true);
        }
        Query words = words(folded);
        if (docs.size() < limit && words != null) {
            for (ScoreDoc d : searcher.search(only(words), limit + docs.size(), BY_TITLE, false).scoreDocs) {
                if (docs.size() < limit) {
                    docs.putIfAbsent(d.doc, true);
                }
            }
        }
        List<Suggestions.Suggestion> out = new ArrayList<>();
        for (int doc : docs.keySet()) {
            Document d = searcher.storedFields().document(doc);
            String en = d.get(Fields.TITLE_EN_STORED);
            String title = english && en != null ? en : d.get(Fields.TITLE_STORED);
            out.add(new Suggestions.Suggestion(title, Suggestions.Kind.SOLUTION, "/rozwiazania/" + d.get(Fields.SLUG)));
        }
        return out;
    }

    /**
     * Every typed word as a prefix of a word of the title (surface forms and lemmas, folded). Stop words before the
     * last are left out, since the index has none; the last word may still be growing into a longer word.
     */
    private static Query words(String folded) {
        String[] typed = folded.split(" ");
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int added = 0;
        for (int i = 0; i < typed.length && added < MAX_WORDS; i++) {
            boolean last = i == typed.length - 1;
            if (!last && PolishAnalysis.FOLDED_STOP_WORDS.contains(typed[i])) {
                continue;
            }
            all.add(new PrefixQuery(new Term(FOLDED_TITLE, typed[i])), BooleanClause.Occur.FILTER);
            added++;
        }
        return added == 0 ? null : all.build();
    }

    private static Query only(Query query) {
        return new BooleanQuery.Builder().add(query, BooleanClause.Occur.FILTER)
                .add(publicSolutions(), BooleanClause.Occur.FILTER).build();
    }
}
