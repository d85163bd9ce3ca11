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

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");
    private final DirectSpellChecker checker = new DirectSpellChecker();
    private final Synonyms synonyms;

    DidYouMean(Synonyms synonyms) {
        this.synonyms = synonyms;
        checker.setMaxEdits(2);
        checker.setMinPrefix(1);
        checker.setMinQueryLength(4);
    }

    /**
     * The query with misspelt words replaced. {@code unknownWord}: at least one replaced word occurs nowhere in the
     * index, so nothing matched it as typed (only, perhaps, its relatives) and the correction is what was meant.
     */
    record Correction(String text, boolean unknownWord) {
    }

    /**
     * The query with misspelt words replaced in place (phrases, exclusions and OR stay as typed), or null when every
     * word is known or nothing better was found.
     */
    Correction suggest(IndexReader reader, String cleaned) throws IOException {
        java.util.regex.Matcher words = WORD.matcher(cleaned);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        boolean unknown = false;
        while (words.find()) {
            String word = words.group();
            String correction = correct(reader, word);
            words.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                    correction == null ? word : correction));
            changed |= correction != null;
            unknown |= correction != null && frequency(reader, word.toLowerCase(Locale.ROOT)) == 0;
        }
        words.appendTail(out);
        return changed ? new Correction(out.toString(), unknown) : null;
    }

    private static int frequency(IndexReader reader, String lower) throws IOException {
        int frequency = 0;
        for (String field : SOURCES) {
            String form = field.endsWith(".folded") ? Synonyms.fold(lower) : lower;
            frequency = Math.max(frequency, reader.docFreq(new Term(field, form)));
        }
        return frequency;
    }

    private String correct(IndexReader reader, String word) throws IOException {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < 4 || !lower.chars().allMatch(Character::isLetter)
                || !synonyms.find(List.of(word)).isEmpty()) {
            return null;
        }
        java.util.Set<String> forms = synonyms.forms(lower);
        // A word the dictionary knows, whose lemma the catalogue uses, is a real word however rare: never corrected.
        // Nor is one typed without its diacritics that the dictionary knows with them: search already restores it.
        List<String> spellings = Diacritics.inDictionary(lower) ? List.of(lower) : Diacritics.restore(lower);
        for (String spelling : spellings) {
            for (String lemma : synonyms.lemmas(spelling)) {
                for (String field : LEMMAS) {
                    if (reader.docFreq(new Term(field, lemma)) > 0) {
                        return null;
                    }
                }
            }
        }
        int frequency = frequency(reader, lower);
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
