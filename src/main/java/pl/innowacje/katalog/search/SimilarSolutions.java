package pl.innowacje.katalog.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Similar solutions" found by the engine: Lucene's MoreLikeThis over a solution's title, record text and handbook
 * pages as the index holds them, answered with public solutions only, never the solution itself nor those the page
 * already lists. The text read and the query built are bounded, so a solution with a long handbook costs no more
 * than a few hundred words of query.
 */
@Component
public class SimilarSolutions {

    public record Similar(long id, String slug, String title, String titleEn) {
        public String title(Locale locale) {
            return "en".equals(locale.getLanguage()) && titleEn != null && !titleEn.isBlank() ? titleEn : title;
        }
    }

    /**
     * How the query is made: words of the record (title, summary, goal, description) and of the handbooks chosen
     * separately, so a long handbook does not crowd out what the record says, plus the vocabulary the solution is
     * described with (problems, people helped, institutions, blocks), where sharing a rarer value counts more.
     */
    record Settings(int recordTerms, int handbookTerms, float recordWeight, float handbookWeight,
            float metadataWeight, int maxDocFreqPercent) {

        static Settings standard() {
            return new Settings(15, 10, 1.0f, 0.5f, 2.0f, 50);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(SimilarSolutions.class);
    private static final String TITLE = Fields.name(Fields.TITLE, PolishAnalysis.Kind.LEMMA);
    private static final String BODY = Fields.name(Fields.BODY, PolishAnalysis.Kind.LEMMA);
    private static final String FILES = Fields.name(Fields.FILES, PolishAnalysis.Kind.LEMMA);
    /** Facet dimensions that describe what a solution is about; area, region or status say too little. */
    private static final Set<String> ABOUT = Set.of("problem", "beneficiary", "user", "block");
    /** Handbook text read for the query: the first pages, where a handbook says what the model is. */
    private static final int HANDBOOK_CHARACTERS = 60_000;
    private static final int MAX_PAGES = 60;
    private static final int MAX_TOKENS_PARSED = 8_000;
    /** A word in no other document cannot find a neighbour. */
    private static final int MIN_DOC_FREQ = 2;

    private final SearchIndex index;

    SimilarSolutions(SearchIndex index) {
        this.index = index;
    }

    /** Up to {@code limit} public solutions like this one, best first, leaving out {@code listed} (by id). */
    public List<Similar> like(long solutionId, Collection<Long> listed, int limit) {
        return like(solutionId, listed, limit, Settings.standard());
    }

    List<Similar> like(long solutionId, Collection<Long> listed, int limit, Settings settings) {
        try {
            return index.search((searcher, state) -> find(searcher, solutionId, listed, limit, settings));
        } catch (IOException | RuntimeException e) {
            // A page without its similar solutions is better than no page.
            log.warn("similar solutions of {} could not be found", solutionId, e);
            return List.of();
        }
    }

    private List<Similar> find(IndexSearcher searcher, long solutionId, Collection<Long> listed, int limit,
            Settings settings) throws IOException {
        String id = Long.toString(solutionId);
        TopDocs source = searcher.search(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.SOLUTION_ID, id)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_SOLUTION)), BooleanClause.Occur.FILTER)
                .build(), 1);
        if (source.scoreDocs.length == 0 || limit <= 0) {
            return List.of();
        }
        int doc = source.scoreDocs[0].doc;
        Document record = searcher.storedFields().document(doc);
        IndexReader reader = searcher.getIndexReader();
        BooleanQuery.Builder alike = new BooleanQuery.Builder();
        if (settings.recordTerms() > 0) {
            Query words = mlt(reader, new String[] {TITLE, BODY}, settings.recordTerms(), settings).like(Map.of(
                    TITLE, nonNull(record.get(Fields.TITLE_STORED), record.get(Fields.TITLE_EN_STORED)),
                    BODY, nonNull(record.get(Fields.BODY_STORED))));
            alike.add(new BoostQuery(words, settings.recordWeight()), BooleanClause.Occur.SHOULD);
        }
        if (settings.handbookTerms() > 0) {
            Query handbook = mlt(reader, new String[] {FILES}, settings.handbookTerms(), settings)
                    .like(Map.of(FILES, List.of(handbookText(searcher, id))));
            alike.add(new BoostQuery(handbook, settings.handbookWeight()), BooleanClause.Occur.SHOULD);
        }
        if (settings.metadataWeight() > 0) {
            alike.add(new BoostQuery(metadata(reader, doc), settings.metadataWeight()), BooleanClause.Occur.SHOULD);
        }

        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(alike.build(), BooleanClause.Occur.MUST)
                .add(SolutionTitles.publicSolutions(), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.SOLUTION_ID, id)), BooleanClause.Occur.MUST_NOT);
        for (Long other : listed) {
            query.add(new TermQuery(new Term(Fields.SOLUTION_ID, Long.toString(other))), BooleanClause.Occur.MUST_NOT);
        }
        List<Similar> out = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query.build(), limit).scoreDocs) {
            Document d = searcher.storedFields().document(hit.doc);
            out.add(new Similar(Long.parseLong(d.get(Fields.SOLUTION_ID)), d.get(Fields.SLUG),
                    d.get(Fields.TITLE_STORED), d.get(Fields.TITLE_EN_STORED)));
        }
        return out;
    }

    private MoreLikeThis mlt(IndexReader reader, String[] fields, int terms, Settings settings) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(index.queryAnalyzer());
        mlt.setFieldNames(fields);
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(MIN_DOC_FREQ);
        // As a share of the documents that have the field (solutions), not of all documents: pages outnumber them.
        int solutions = Math.max(reader.getDocCount(BODY), 1);
        mlt.setMaxDocFreq(Math.max(MIN_DOC_FREQ, solutions * settings.maxDocFreqPercent() / 100));
        mlt.setMaxQueryTerms(terms);
        mlt.setMaxNumTokensParsed(MAX_TOKENS_PARSED);
        mlt.setMinWordLen(3);
        mlt.setBoost(true);
        return mlt;
    }

    /** The source's problems, people, institutions and blocks, each a clause; BM25's idf favours the rarer ones. */
    private static Query metadata(IndexReader reader, int doc) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        BooleanQuery.Builder shared = new BooleanQuery.Builder();
        SortedSetDocValues values = leaf.reader().getSortedSetDocValues(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        if (values != null && values.advanceExact(doc - leaf.docBase)) {
            for (int i = 0; i < values.docValueCount(); i++) {
                String[] path = FacetsConfig.stringToPath(values.lookupOrd(values.nextOrd()).utf8ToString());
                // A block is a path area → block: only the whole path names the block.
                if (ABOUT.contains(path[0]) && (!"block".equals(path[0]) || path.length == 3)) {
                    shared.add(new TermQuery(DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, path[0],
                            Arrays.copyOfRange(path, 1, path.length))), BooleanClause.Occur.SHOULD);
                }
            }
        }
        return shared.build();
    }

    /** The solution's handbook pages as stored in the index, in order, up to a bound. */
    private static String handbookText(IndexSearcher searcher, String id) throws IOException {
        Query pages = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.SOLUTION_ID, id)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PAGE)), BooleanClause.Occur.FILTER)
                .build();
        TopDocs top = searcher.search(pages, MAX_PAGES, org.apache.lucene.search.Sort.INDEXORDER);
        StringBuilder text = new StringBuilder();
        for (ScoreDoc page : top.scoreDocs) {
            if (text.length() >= HANDBOOK_CHARACTERS) {
                break;
            }
            String t = searcher.storedFields().document(page.doc).get(Fields.PAGE_STORED);
            if (t != null) {
                text.append(t, 0, Math.min(t.length(), HANDBOOK_CHARACTERS - text.length())).append('\n');
            }
        }
        return text.toString();
    }

    private static List<Object> nonNull(String... values) {
        List<Object> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                out.add(v);
            }
        }
        return out;
    }
}
