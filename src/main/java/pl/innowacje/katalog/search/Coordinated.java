package pl.innowacje.katalog.search;

import java.io.IOException;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * One word of a query, scored as itself plus a fixed bonus when it matches. With every word so wrapped, a document
 * matching more of the words always ranks above one matching fewer, whatever their term statistics: BM25 alone lets
 * a document with three frequent words outrank one with all four. Within the same number of words, BM25 decides.
 */
final class Coordinated extends Query {

    /** Larger than any one word's BM25 score over all its weighted fields (idf × (k1 + 1) × the weights' sum). */
    static final float BONUS = 1_000f;

    private final Query word;
    private final float share;

    /** {@code share}: the part of the bonus this match earns (1 for the word itself, less for a relative). */
    Coordinated(Query word, float share) {
        this.word = word;
        this.share = share;
    }

    Query word() {
        return word;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = word.rewrite(searcher);
        return rewritten == word ? super.rewrite(searcher) : new Coordinated(rewritten, share);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = word.createWeight(searcher, scoreMode, boost);
        if (!scoreMode.needsScores()) {
            return inner;
        }
        float bonus = BONUS * share * boost;
        return new FilterWeight(this, inner) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Scorer scorer = in.scorer(context);
                return scorer == null ? null : new FilterScorer(scorer, this) {
                    @Override
                    public float score() throws IOException {
                        return in.score() + bonus;
                    }

                    @Override
                    public float getMaxScore(int upTo) throws IOException {
                        return in.getMaxScore(upTo) + bonus;
                    }
                };
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Explanation e = in.explain(context, doc);
                return e.isMatch() ? Explanation.match(e.getValue().floatValue() + bonus, "word matched, plus "
                        + bonus, e) : e;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        word.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "coordinated(" + word.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && word.equals(((Coordinated) other).word)
                && share == ((Coordinated) other).share;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * classHash() + word.hashCode()) + Float.hashCode(share);
    }
}
