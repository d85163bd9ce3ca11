package pl.innowacje.katalog.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Completes a folded word prefix from the words of titles and records as written (the exact fields), so "wspol"
 * becomes "współpracy" with its diacritics. The index's terms are sorted by their spelling, so the folded prefix is
 * first spelt out into the diacritic variants that occur ("wspol" → "współ"), walking the term dictionary letter by
 * letter; the words under those prefixes are ranked by how many documents use them, and only a word found in some
 * public solution (with the words typed before it) is offered. Each call looks at a bounded number of terms, whatever the catalogue's size.
 */
final class WordCompletion {

    private static final List<String> FIELDS = List.of(Fields.name(Fields.TITLE, PolishAnalysis.Kind.EXACT),
            Fields.name(Fields.BODY, PolishAnalysis.Kind.EXACT));
    private static final Map<Character, String> VARIANTS = Map.of('a', "aą", 'c', "cć", 'e', "eę", 'l', "lł",
            'n', "nń", 'o', "oó", 's', "sś", 'z', "zźż");
    /** Terms read per call at most, and dictionary seeks while spelling a prefix out. */
    private static final int SCAN = 20_000;
    private static final int SEEKS = 400;
    /** Candidates checked for a public use, most frequent first. */
    private static final int CANDIDATES = 20;
    private static final int MIN_LENGTH = 3;

    private WordCompletion() {
    }

    /**
     * Up to {@code limit} words completing {@code folded}, each found in a public solution together with the words
     * typed before it ({@code before}, folded), so a suggested text always finds something.
     */
    static List<String> complete(IndexSearcher searcher, String folded, List<String> before, int limit)
            throws IOException {
        IndexReader reader = searcher.getIndexReader();
        Map<String, Long> frequency = new HashMap<>();
        int budget = SCAN;
        for (String field : FIELDS) {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) {
                continue;
            }
            TermsEnum dictionary = terms.iterator();
            List<String> spellings = new ArrayList<>();
            spell(dictionary, folded, 0, new StringBuilder(), spellings, new int[] {SEEKS});
            for (String prefix : spellings) {
                budget = collect(dictionary, prefix, frequency, budget);
            }
        }
        List<String> ranked = frequency.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(CANDIDATES).map(Map.Entry::getKey).toList();
        List<String> out = new ArrayList<>();
        BooleanQuery.Builder context = new BooleanQuery.Builder()
                .add(SolutionTitles.publicSolutions(), BooleanClause.Occur.FILTER);
        for (String typed : before) {
            if (!PolishAnalysis.FOLDED_STOP_WORDS.contains(typed)) {
                context.add(new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(Fields.name(Fields.TITLE, PolishAnalysis.Kind.FOLDED), typed)),
                                BooleanClause.Occur.SHOULD)
                        .add(new TermQuery(new Term(Fields.name(Fields.BODY, PolishAnalysis.Kind.FOLDED), typed)),
                                BooleanClause.Occur.SHOULD)
                        .build(), BooleanClause.Occur.FILTER);
            }
        }
        Query visible = context.build();
        for (String word : ranked) {
            if (out.size() >= limit) {
                break;
            }
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            FIELDS.forEach(f -> anyField.add(new TermQuery(new Term(f, word)), BooleanClause.Occur.SHOULD));
            Query publicUse = new BooleanQuery.Builder().add(anyField.build(), BooleanClause.Occur.FILTER)
                    .add(visible, BooleanClause.Occur.FILTER).build();
            if (VisibleDocs.any(searcher, publicUse)) {
                out.add(word);
            }
        }
        return out;
    }

    /** The spellings of a folded prefix, with and without each diacritic, that begin some term of the field. */
    private static void spell(TermsEnum dictionary, String folded, int at, StringBuilder built, List<String> out,
            int[] seeks) throws IOException {
        if (at == folded.length()) {
            out.add(built.toString());
            return;
        }
        char c = folded.charAt(at);
        for (char v : VARIANTS.getOrDefault(c, String.valueOf(c)).toCharArray()) {
            built.append(v);
            if (seeks[0]-- > 0 && begins(dictionary, built.toString())) {
                spell(dictionary, folded, at + 1, built, out, seeks);
            }
            built.setLength(built.length() - 1);
        }
    }

    private static boolean begins(TermsEnum dictionary, String prefix) throws IOException {
        BytesRef bytes = new BytesRef(prefix);
        TermsEnum.SeekStatus status = dictionary.seekCeil(bytes);
        return status == TermsEnum.SeekStatus.FOUND
                || status == TermsEnum.SeekStatus.NOT_FOUND && StringHelper.startsWith(dictionary.term(), bytes);
    }

    private static int collect(TermsEnum dictionary, String prefix, Map<String, Long> frequency, int budget)
            throws IOException {
        BytesRef bytes = new BytesRef(prefix);
        if (budget <= 0 || dictionary.seekCeil(bytes) == TermsEnum.SeekStatus.END) {
            return budget;
        }
        do {
            BytesRef term = dictionary.term();
            if (!StringHelper.startsWith(term, bytes)) {
                break;
            }
            String word = term.utf8ToString();
            if (word.length() >= MIN_LENGTH && word.chars().anyMatch(Character::isLetter)) {
                frequency.merge(word, (long) dictionary.docFreq(), Long::sum);
            }
        } while (--budget > 0 && dictionary.next() != null);
        return budget;
    }
}
