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
 * Spelling suggestions from the index itself (no separate dictionary to keep in sync): each word that the titles and
 * records do not contain is replaced by the most frequent close word they do contain.
 */
final class DidYouMean {

    private static final String FIELD = Fields.name(Fields.BODY, PolishAnalysis.Kind.EXACT);
    /** A word found in any of these is known, even if only a handbook page uses it. */
    private static final java.util.List<String> KNOWN_IN = java.util.List.of(FIELD,
            Fields.name(Fields.TITLE, PolishAnalysis.Kind.EXACT), Fields.name(Fields.MORE, PolishAnalysis.Kind.FOLDED),
            Fields.name(Fields.FILES, PolishAnalysis.Kind.FOLDED));

    private final DirectSpellChecker checker = new DirectSpellChecker();

    DidYouMean() {
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
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.length() < 4 || known(reader, lower)) {
                out.add(word);
                continue;
            }
            SuggestWord[] found = checker.suggestSimilar(new Term(FIELD, lower), 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (found.length > 0) {
                out.add(found[0].string);
                changed = true;
            } else {
                out.add(word);
            }
        }
        return changed ? String.join(" ", out) : null;
    }

    private static boolean known(IndexReader reader, String word) throws IOException {
        for (String field : KNOWN_IN) {
            if (reader.docFreq(new Term(field, word)) > 0) {
                return true;
            }
        }
        return false;
    }
}
