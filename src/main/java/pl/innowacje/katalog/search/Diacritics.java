package pl.innowacje.katalog.search;

import java.util.ArrayList;
import java.util.List;

import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.polish.PolishStemmer;

/**
 * Puts back the diacritics of a word typed without them, by trying the Polish letters each plain letter may stand
 * for and keeping the spellings the dictionary knows ("mlodziezy" → "młodzieży"). A word so restored is then searched
 * like one typed correctly: by its lemma and its exact form, not only through the folded field, which on its own
 * gives a word typed without diacritics a fraction of the weight of the same word typed with them.
 */
final class Diacritics {

    private static final String PLAIN = "acelnosz";
    private static final String[] POLISH = {"ą", "ć", "ę", "ł", "ń", "ó", "ś", "źż"};
    /** Beyond this many spellings to try, the word is left as typed: long words rarely need it, and time is bounded. */
    private static final int MAX_CANDIDATES = 2_048;
    private static final ThreadLocal<DictionaryLookup> DICTIONARY = ThreadLocal.withInitial(
            () -> new DictionaryLookup(new PolishStemmer().getDictionary()));

    private Diacritics() {
    }

    /** Known spellings of a lower-case ASCII word the dictionary does not know as typed; empty otherwise. */
    static List<String> restore(String word) {
        if (word.length() < 3 || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return List.of();
        }
        DictionaryLookup dictionary = DICTIONARY.get();
        if (!dictionary.lookup(word).isEmpty()) {
            return List.of();
        }
        long candidates = 1;
        for (char c : word.toCharArray()) {
            int i = PLAIN.indexOf(c);
            candidates *= i < 0 ? 1 : 1 + POLISH[i].length();
            if (candidates > MAX_CANDIDATES) {
                return List.of();
            }
        }
        List<String> known = new ArrayList<>();
        expand(word.toCharArray(), 0, false, dictionary, known);
        return known;
    }

    /** Every spelling, each visited once: this letter kept, or each Polish letter it may stand for. */
    private static void expand(char[] word, int at, boolean changed, DictionaryLookup dictionary,
            List<String> known) {
        if (at == word.length) {
            if (changed && !dictionary.lookup(new String(word)).isEmpty()) {
                known.add(new String(word));
            }
            return;
        }
        expand(word, at + 1, changed, dictionary, known);
        int i = PLAIN.indexOf(word[at]);
        if (i >= 0) {
            char plain = word[at];
            for (char polish : POLISH[i].toCharArray()) {
                word[at] = polish;
                expand(word, at + 1, true, dictionary, known);
            }
            word[at] = plain;
        }
    }
}
