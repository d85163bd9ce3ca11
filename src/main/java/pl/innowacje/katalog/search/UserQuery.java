package pl.innowacje.katalog.search;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns what a person typed into a query. SimpleQueryParser never throws on syntax: words, "phrases", -exclusion and
 * | for OR work, anything else is read as words. Input is cleaned and bounded first, so no text can make a search
 * fail or grow without limit.
 */
final class UserQuery {

    static final int MAX_CHARACTERS = 400;
    static final int MAX_WORDS = 24;
    private static final int OPERATORS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.ESCAPE_OPERATOR
            | SimpleQueryParser.WHITESPACE_OPERATOR;

    private UserQuery() {
    }

    /** Control characters out, white space folded, and at most {@link #MAX_WORDS} words of {@link #MAX_CHARACTERS}. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = raw.replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}]", " ").replaceAll("\\s+", " ").strip();
        if (text.length() > MAX_CHARACTERS) {
            int cut = text.lastIndexOf(' ', MAX_CHARACTERS);
            text = text.substring(0, cut > 0 ? cut : MAX_CHARACTERS);
        }
        String[] words = text.split(" ");
        if (words.length > MAX_WORDS) {
            text = String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS));
        }
        return text;
    }

    /**
     * Whether the text is only words. Only then may a search with no hits be retried with any word: relaxing a query
     * with exclusions or phrases would turn "-word" into "everything without word".
     */
    static boolean plainWords(String cleaned) {
        return !cleaned.matches("(?s).*(^|\\s)[-+]\\S.*|.*[\"|()].*");
    }

    /** {@code every}: each word must match (the normal case); otherwise any word may (the fallback). */
    static Query parse(String cleaned, Map<String, Float> weights, Analyzer analyzer, boolean every) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, weights, OPERATORS);
        parser.setDefaultOperator(every ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
        Query query = parser.parse(cleaned);
        // Only stop words or punctuation: nothing to look for.
        return query == null ? new MatchNoDocsQuery() : query;
    }
}
