package pl.innowacje.katalog.search;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Stacks the {@link WordFamily} key of each lemma at the lemma's position, so a family match is highlighted where the
 * word stands. Keyword-marked tokens (the surface forms kept beside the lemmas) get no key of their own: the lemma's
 * key already stands for the word.
 */
final class FamilyFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final WordFamily.Method method;
    private String pending;
    private AttributeSource.State state;

    FamilyFilter(TokenStream input, WordFamily.Method method) {
        super(input);
        this.method = method;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(state);
            term.setEmpty().append(pending);
            position.setPositionIncrement(0);
            keyword.setKeyword(true);
            pending = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            String key = method.key(term.toString());
            if (key != null) {
                pending = WordFamily.MARK + key;
                state = captureState();
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        state = null;
    }
}
