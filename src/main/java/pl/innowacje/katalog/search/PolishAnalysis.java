package pl.innowacje.katalog.search;

import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.stempel.StempelFilter;
import org.apache.lucene.analysis.stempel.StempelStemmer;

/**
 * The three ways Polish text is indexed; every searchable text goes into one field of each kind.
 * <ul>
 * <li>{@link Kind#LEMMA}: Morfologik dictionary lemmas, so "bezrobotnych" finds "bezrobotni" and "bezrobotny". The
 * dictionary look-up is case-aware, so lower-casing comes after it.</li>
 * <li>{@link Kind#EXACT}: the words as written, lower-cased, for boosting exact matches and for did-you-mean.</li>
 * <li>{@link Kind#FOLDED}: surface forms and lemmas without diacritics, for queries typed without them
 * ("wspolpraca", "dlugotrwale"); queries are only folded, since a word without its diacritics is not in the
 * dictionary. The lemmas' {@link WordFamily} keys stand beside them, for derivational relatives.</li>
 * </ul>
 * {@link Kind#STEMPEL} is kept only to compare against the dictionary approach in the relevance check.
 */
final class PolishAnalysis {

    enum Kind { LEMMA, EXACT, FOLDED, STEMPEL }

    /** Case-insensitive, because stop words are removed before the case-aware dictionary look-up. */
    static final CharArraySet STOP_WORDS = new CharArraySet(PolishAnalyzer.getDefaultStopSet(), true);
    static final CharArraySet FOLDED_STOP_WORDS = folded(STOP_WORDS);

    private PolishAnalysis() {
    }

    static Analyzer index(Kind kind) {
        return index(kind, WordFamily.Method.PREFIX);
    }

    static Analyzer index(Kind kind, WordFamily.Method family) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, chain(kind, source, true, family));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    static Analyzer query(Kind kind) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, chain(kind, source, false, WordFamily.Method.NONE));
            }
        };
    }

    private static TokenStream chain(Kind kind, Tokenizer source, boolean indexing, WordFamily.Method family) {
        return switch (kind) {
            // Stop words go before the dictionary: otherwise "w" would come back as the lemma "wiek".
            case LEMMA -> new LowerCaseFilter(new LemmaFilter(new StopFilter(source, STOP_WORDS)));
            case EXACT -> new StopFilter(new LowerCaseFilter(source), STOP_WORDS);
            case STEMPEL -> new StempelFilter(new StopFilter(new LowerCaseFilter(source), STOP_WORDS),
                    new StempelStemmer(PolishAnalyzer.getDefaultTable()));
            case FOLDED -> indexing
                    ? new RemoveDuplicatesTokenFilter(new FamilyFilter(new ASCIIFoldingFilter(new LowerCaseFilter(
                            new LemmaFilter(new KeywordRepeatFilter(new StopFilter(source, STOP_WORDS))))), family))
                    : new StopFilter(new ASCIIFoldingFilter(new LowerCaseFilter(source)), FOLDED_STOP_WORDS);
        };
    }

    /** One analyzer for a set of field families: the field's suffix decides the chain. */
    static Analyzer perField(boolean indexing, Map<String, Kind> fields, WordFamily.Method family) {
        Map<String, Analyzer> analyzers = new HashMap<>();
        Map<Kind, Analyzer> byKind = new HashMap<>();
        fields.forEach((field, kind) -> analyzers.put(field,
                byKind.computeIfAbsent(kind, k -> indexing ? index(k, family) : query(k))));
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(CharArraySet.EMPTY_SET), analyzers);
    }

    private static CharArraySet folded(CharArraySet words) {
        CharArraySet out = new CharArraySet(words.size(), true);
        for (Object w : words) {
            char[] chars = (char[]) w;
            char[] folded = new char[chars.length * 4];
            int length = ASCIIFoldingFilter.foldToASCII(chars, 0, folded, 0, chars.length);
            out.add(new String(folded, 0, length));
        }
        return out;
    }
}
