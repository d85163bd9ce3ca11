package pl.innowacje.katalog.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Spelling suggestions from the index itself, handbooks included (no separate dictionary to keep in sync). A word is
 * replaced when the index does not know it, or knows it only rarely while a close word is far more frequent. A word
 * the dictionary knows and the index uses is never "corrected", nor is a thesaurus expression.
 */
final class DidYouMean {

    /** Searched for a correction in this order: forms as written (with diacritics) first, then every folded word. */
    private static final List<String> SOURCES = List.of(
            Fields.name(Fields.BODY, PolishAnalysis.Kind.EXACT), Fields.name(Fields.TITLE, PolishAnalysis.Kind.EXACT),
            Fields.name(Fields.FILES, PolishAnalysis.Kind.FOLDED), Fields.name(Fields.MORE, PolishAnalysis.Kind.FOLDED));
    private static final List<String> LEMMAS = List.of(Fields.name(Fields.TITLE, PolishAnalysis.Kind.LEMMA),
            Fields.name(Fields.BODY, PolishAnalysis.Kind.LEMMA), Fields.name(Fields.MORE, PolishAnalysis.Kind.LEMMA),
            Fields.name(Fields.FILES, PolishAnalysis.Kind.LEMMA));
    /** A known word this rare (in documents)… */
    private static final int RARE = 2;
    /** …is corrected only to a close word at least this many times more frequent. */
    private static final int MORE_FREQUENT = 20;

    private final DirectSpellChecker checker = new DirectSpellChecker();
    private final Synonyms synonyms;

    DidYouMean(Synonyms synonyms) {
        this.synonyms = synonyms;
        checker.setMaxEdits(2);
        checker.setMinPrefix(1);
        checker.setMinQueryLength(4);
    }

    /** The query with misspelt words replaced, or null when every word is known or nothing better was found. */
    String suggest(IndexReader reader, String cleaned) throws IOException {
        String plain = cleaned.replaceAll("[\"|+()~*\\\\]", " ").replaceAll("(^|\\s)-", " ").strip();
        if (plain.isEmpty()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        boolean changed = false;
        for (String word : plain.split("\\s+")) {
            String correction = correct(reader, word);
            out.add(correction == null ? word : correction);
            changed |= correction != null;
        }
        return changed ? String.join(" ", out) : null;
    }

    private String correct(IndexReader reader, String word) throws IOException {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < 4 || !lower.chars().allMatch(Character::isLetter)
                || !synonyms.find(List.of(word)).isEmpty()) {
            return null;
        }
        java.util.Set<String> forms = synonyms.forms(lower);
        for (String lemma : synonyms.lemmas(lower)) {
            for (String field : LEMMAS) {
                if (reader.docFreq(new Term(field, lemma)) > RARE) {
                    return null;
                }
            }
        }
        int frequency = 0;
        for (String field : SOURCES) {
            String form = field.endsWith(".folded") ? Synonyms.fold(lower) : lower;
            frequency = Math.max(frequency, reader.docFreq(new Term(field, form)));
        }
        if (frequency > RARE) {
            return null;
        }
        SuggestWord best = null;
        for (String field : SOURCES) {
            String form = field.endsWith(".folded") ? Synonyms.fold(lower) : lower;
            SuggestMode mode = frequency == 0 ? SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX : SuggestMode.SUGGEST_MORE_POPULAR;
            for (SuggestWord candidate : checker.suggestSimilar(new Term(field, form), 3, reader, mode)) {
                if (WordFamily.isKey(candidate.string) || forms.contains(candidate.string)
                        || candidate.freq < Math.max(1, frequency * MORE_FREQUENT)) {
                    continue;
                }
                if (best == null || candidate.score > best.score
                        || (candidate.score == best.score && candidate.freq > best.freq)) {
                    best = candidate;
                }
            }
        }
        return best == null ? null : best.string;
    }

}
