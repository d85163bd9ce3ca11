package pl.innowacje.katalog.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Replaces each word by its Morfologik dictionary lemmas (stacked at the word's position; an unknown word stays as it
 * is), looking the word up as written and then lower-cased, as Lucene's MorfologikFilter does. Unlike that filter it
 * keeps no morphosyntactic tags (splitting them was a tenth of indexing time), drops duplicate lemmas, and remembers
 * recent look-ups: Polish text repeats its words, so most look-ups are answered from memory. Keyword-marked tokens
 * pass through untouched.
 */
final class LemmaFilter extends TokenFilter {

    private static final Dictionary POLISH = new PolishStemmer().getDictionary();
    private static final String[] NONE = new String[0];
    /** Per filter instance (one per thread's analyzer components), so no locking; cleared when full. */
    private static final int CACHE_SIZE = 100_000;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final DictionaryLookup dictionary = new DictionaryLookup(POLISH);
    private final Map<String, String[]> cache = new HashMap<>();
    private String[] pending = NONE;
    private int next;
    private AttributeSource.State state;

    LemmaFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next < pending.length) {
            restoreState(state);
            term.setEmpty().append(pending[next++]);
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true;
        }
        String[] lemmas = lemmas(term.toString());
        if (lemmas.length > 0) {
            term.setEmpty().append(lemmas[0]);
            if (lemmas.length > 1) {
                pending = lemmas;
                next = 1;
                state = captureState();
            }
        }
        return true;
    }

    private String[] lemmas(String word) {
        String[] known = cache.get(word);
        if (known != null) {
            return known;
        }
        String[] found = lookUp(word);
        if (found.length == 0) {
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            if (!lower.equals(word)) {
                found = lookUp(lower);
            }
        }
        if (cache.size() >= CACHE_SIZE) {
            cache.clear();
        }
        cache.put(word, found);
        return found;
    }

    private String[] lookUp(String word) {
        List<WordData> data = dictionary.lookup(word);
        if (data.isEmpty()) {
            return NONE;
        }
        Set<String> stems = new LinkedHashSet<>();
        for (WordData d : data) {
            stems.add(d.getStem().toString());
        }
        return new ArrayList<>(stems).toArray(NONE);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = NONE;
        next = 0;
        state = null;
    }
}
