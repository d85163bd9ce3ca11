package pl.innowacje.katalog.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted passages. A text is indexed three ways, so a match may be in any of the three fields; the text itself
 * is stored once, and this highlighter reads that one stored copy for each of the three, using the offsets kept in
 * the postings (no re-analysis). The passage with the most matches wins.
 */
final class Snippets {

    private static final int PASSAGE_CHARS = 220;

    private Snippets() {
    }

    /**
     * One passage per document (same order as {@code docIds}); null where nothing matched. {@code texts} holds each
     * document's stored text, already read by the caller, so the stored fields are decompressed once per hit.
     */
    static List<String> best(IndexSearcher searcher, Analyzer analyzer, Query query, String family,
            Map<Integer, String> texts, List<PolishAnalysis.Kind> kinds, int[] docIds) throws IOException {
        // The folded field marks every word the exact field would (and its relatives): marking both only costs.
        String[] fields = kinds.stream().filter(k -> k != PolishAnalysis.Kind.EXACT
                        || !kinds.contains(PolishAnalysis.Kind.FOLDED))
                .map(k -> Fields.name(family, k)).toArray(String[]::new);
        int[] passages = new int[fields.length];
        java.util.Arrays.fill(passages, 1);
        UnifiedHighlighter highlighter = new StoredOnce(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withBreakIterator(() -> breaks(family))
                .withMaxNoHighlightPassages(0)
                // Terms are taken from the query once, not matched per document: much cheaper, same passages.
                .withWeightMatches(false)
                .withMaxLength(2_000_000), texts);
        Map<String, String[]> byField = highlighter.highlightFields(fields, query, docIds, passages);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < docIds.length; i++) {
            String best = null;
            int bestMarks = 0;
            for (String field : fields) {
                String candidate = byField.get(field)[i];
                int marks = candidate == null ? 0 : count(candidate);
                if (marks > bestMarks) {
                    best = candidate;
                    bestMarks = marks;
                }
            }
            out.add(best == null ? null : trim(best));
        }
        return out;
    }

    /**
     * Sentences; in record text also lines, since the record puts each heading, paragraph and list item on a line of
     * its own. Handbook pages keep their line breaks inside sentences, so they are split by sentence only.
     */
    private static BreakIterator breaks(String family) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.forLanguageTag("pl"));
        return Fields.BODY.equals(family) ? new SplittingBreakIterator(sentences, '\n') : sentences;
    }

    /** The start of a text, escaped, for a page that matched on words the highlighter cannot mark. */
    static String opening(String text) {
        String plain = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        String cut = plain.length() <= PASSAGE_CHARS ? plain : plain.substring(0, Math.max(0,
                plain.lastIndexOf(' ', PASSAGE_CHARS))) + " …";
        return org.springframework.web.util.HtmlUtils.htmlEscape(cut);
    }

    /** A sentence can be long; keep the part around the first match. */
    private static String trim(String passage) {
        String text = passage.strip();
        if (text.length() <= PASSAGE_CHARS * 2) {
            return text;
        }
        int mark = Math.max(0, text.indexOf("<mark>"));
        int from = Math.max(0, text.lastIndexOf(' ', Math.max(0, mark - PASSAGE_CHARS / 2)));
        int to = text.indexOf(' ', Math.min(text.length(), from + PASSAGE_CHARS * 2));
        String cut = text.substring(from, to < 0 ? text.length() : to).strip();
        // Never cut inside a tag or an entity: drop a broken tail or head.
        cut = cut.replaceAll("<[^>]*$", "").replaceAll("&[a-z#0-9]*$", "").replaceAll("^[^<]*?>", "");
        if (count(cut) != cut.split("</mark>", -1).length - 1) {
            cut = cut.replaceAll("</?mark>", "");
        }
        return (from > 0 ? "… " : "") + cut + (to > 0 ? " …" : "");
    }

    private static int count(String s) {
        int n = 0;
        for (int i = s.indexOf("<mark>"); i >= 0; i = s.indexOf("<mark>", i + 1)) {
            n++;
        }
        return n;
    }

    /** Gives each of a family's fields the one text the caller read for the document. */
    private static final class StoredOnce extends UnifiedHighlighter {
        private final Map<Integer, String> texts;

        StoredOnce(Builder builder, Map<Integer, String> texts) {
            super(builder);
            this.texts = texts;
        }

        /**
         * Every highlighted field keeps its offsets in the postings (see {@code Documents}). Said here, so the
         * highlighter does not merge the field lists of every segment to find it out, once per query.
         */
        @Override
        protected OffsetSource getOffsetSource(String field) {
            return OffsetSource.POSTINGS;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> out = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                String value = texts.getOrDefault(doc, "");
                CharSequence[] values = new CharSequence[fields.length];
                java.util.Arrays.fill(values, value);
                out.add(values);
            }
            return out;
        }
    }
}
