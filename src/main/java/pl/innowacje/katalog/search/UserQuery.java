package pl.innowacje.katalog.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a person typed into a query. SimpleQueryParser reads the syntax and never throws: words, "phrases",
 * -exclusion and | for OR work, anything else is read as words. Each word becomes a query over the weighted fields,
 * with its word family (lower weight) and, where a run of words is a thesaurus expression, the group's other
 * expressions. Words are then combined so that no good answer is lost to an all-or-nothing AND: documents with every
 * word rank first ({@link Coordinated}), and from three words on a document may miss one.
 */
final class UserQuery {

    static final int MAX_CHARACTERS = 400;
    static final int MAX_WORDS = 24;
    /** Joins the words of one thesaurus expression; SimpleQueryParser splits only on ASCII white space. */
    private static final char JOIN = '\u00A0';
    /** A derivational relative counts less than the word's own lemma (measured in RelevanceCheckTest). */
    static final float FAMILY_WEIGHT = 0.4f;
    /** Another expression of the word's thesaurus group counts a little less than the words as typed. */
    static final float SYNONYM_WEIGHT = 0.9f;
    /** A thesaurus expression may have a word or two between its words ("centra i kluby integracji społecznej"). */
    private static final int PHRASE_SLOP = 2;
    private static final int OPERATORS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.ESCAPE_OPERATOR
            | SimpleQueryParser.WHITESPACE_OPERATOR;

    /** How many of the words a document needs. */
    enum Mode {
        /** Every word; from three words on, every word but one (those rank below the ones with every word). */
        RANKED,
        /** Any word: the fallback of a plain-word search with no hits, and the choice of a handbook page. */
        ANY
    }

    private final Analyzer analyzer;
    private final Synonyms synonyms;
    private final WordFamily.Method family;

    UserQuery(Analyzer analyzer, Synonyms synonyms, WordFamily.Method family) {
        this.analyzer = analyzer;
        this.synonyms = synonyms;
        this.family = family;
    }

    /** Control characters out, white space folded, and at most {@link #MAX_WORDS} words of {@link #MAX_CHARACTERS}. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = raw.replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}]", " ").replaceAll("[\\s\\h]+", " ").strip();
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

    Query parse(String cleaned, Map<String, Float> weights, Mode mode) {
        Parser parser = new Parser(analyzer, weights);
        Query query = parser.parse(synonyms.joinExpressions(cleaned, JOIN));
        if (query == null) {
            // Only stop words or punctuation: nothing to look for.
            return new MatchNoDocsQuery();
        }
        return query instanceof BooleanQuery b ? combine(b, parser.words, mode) : query;
    }

    /**
     * Every word of the top level becomes optional with a minimum to match; phrases and exclusions keep their
     * meaning. A level where the person already chose OR is left as it is.
     */
    private static Query combine(BooleanQuery parsed, Set<Query> words, Mode mode) {
        int count = 0;
        for (BooleanClause c : parsed.clauses()) {
            if (words.contains(c.getQuery())) {
                if (c.getOccur() != BooleanClause.Occur.MUST) {
                    return parsed;
                }
                count++;
            }
        }
        if (count == 0) {
            return parsed;
        }
        int needed = mode == Mode.ANY ? 1 : count >= 3 ? count - 1 : count;
        if (needed == count && mode == Mode.RANKED) {
            return parsed;
        }
        BooleanQuery.Builder out = new BooleanQuery.Builder();
        for (BooleanClause c : parsed.clauses()) {
            boolean optional = words.contains(c.getQuery())
                    || (mode == Mode.ANY && c.getOccur() == BooleanClause.Occur.MUST);
            out.add(c.getQuery(), optional ? BooleanClause.Occur.SHOULD : c.getOccur());
        }
        out.setMinimumNumberShouldMatch(needed);
        return out.build();
    }

    /** Builds one word (or one joined expression) over the fields, remembering which clauses are words. */
    private final class Parser extends SimpleQueryParser {
        private final Map<String, Float> weights;
        private final Set<Query> words = Collections.newSetFromMap(new IdentityHashMap<>());

        Parser(Analyzer analyzer, Map<String, Float> weights) {
            super(analyzer, weights, OPERATORS);
            this.weights = weights;
            setDefaultOperator(BooleanClause.Occur.MUST);
        }

        @Override
        protected Query newDefaultQuery(String text) {
            String[] parts = text.split(String.valueOf(JOIN));
            Query typed = parts.length == 1 ? word(parts[0]) : allOf(parts);
            List<String> alternatives = synonyms.find(List.of(parts)).stream()
                            .filter(m -> m.start() == 0 && m.length() == parts.length)
                            .flatMap(m -> m.alternatives().stream()).toList();
            List<Query> options = new ArrayList<>();
            if (typed != null) {
                options.add(typed);
            }
            for (String alternative : alternatives) {
                Query q = alternative.strip().contains(" ") ? phrase(alternative) : word(alternative);
                if (q != null) {
                    options.add(new BoostQuery(q, SYNONYM_WEIGHT));
                }
            }
            if (options.isEmpty()) {
                return null;
            }
            Query own = options.size() == 1 ? options.get(0) : new DisjunctionMaxQuery(options, 0.1f);
            Query relatives = parts.length == 1 ? family(parts[0]) : null;
            // A word found only through a relative counts for less than the word itself, in ranking tiers too.
            Query counted = relatives == null ? new Coordinated(own, 1f) : new BooleanQuery.Builder()
                    .add(new Coordinated(own, 1f), BooleanClause.Occur.SHOULD)
                    .add(new Coordinated(relatives, FAMILY_WEIGHT), BooleanClause.Occur.SHOULD)
                    .build();
            words.add(counted);
            return counted;
        }

        private Query allOf(String[] parts) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            int n = 0;
            for (String p : parts) {
                Query q = word(p);
                if (q != null) {
                    all.add(q, BooleanClause.Occur.MUST);
                    n++;
                }
            }
            return n == 0 ? null : all.build();
        }

        /**
         * The word over every weighted field, and its family keys over the folded fields. A word typed without its
         * diacritics is searched in the lemma and exact fields as the dictionary spells it.
         */
        private Query word(String text) {
            BooleanQuery.Builder fields = new BooleanQuery.Builder();
            List<String> restored = Diacritics.restore(text.toLowerCase(java.util.Locale.ROOT));
            int n = 0;
            for (Map.Entry<String, Float> field : weights.entrySet()) {
                Query q = restored.isEmpty() || field.getKey().endsWith(".folded")
                        ? createBooleanQuery(field.getKey(), text, BooleanClause.Occur.MUST)
                        : anyOf(field.getKey(), restored);
                if (q != null) {
                    fields.add(boost(q, field.getValue()), BooleanClause.Occur.SHOULD);
                    n++;
                }
            }
            return n == 0 ? null : fields.build();
        }

        /** The word's family keys over the folded fields, at {@link #FAMILY_WEIGHT}; null when it has none. */
        private Query family(String text) {
            List<String> restored = Diacritics.restore(text.toLowerCase(java.util.Locale.ROOT));
            Set<String> keys = familyKeys(restored.isEmpty() ? List.of(text) : restored);
            BooleanQuery.Builder fields = new BooleanQuery.Builder();
            int n = 0;
            for (Map.Entry<String, Float> field : weights.entrySet()) {
                if (field.getKey().endsWith(".folded")) {
                    for (String key : keys) {
                        fields.add(boost(new TermQuery(new Term(field.getKey(), key)),
                                field.getValue() * FAMILY_WEIGHT), BooleanClause.Occur.SHOULD);
                        n++;
                    }
                }
            }
            return n == 0 ? null : fields.build();
        }

        private Query phrase(String text) {
            BooleanQuery.Builder fields = new BooleanQuery.Builder();
            int n = 0;
            for (Map.Entry<String, Float> field : weights.entrySet()) {
                Query q = createPhraseQuery(field.getKey(), text, PHRASE_SLOP);
                if (q != null) {
                    fields.add(boost(q, field.getValue()), BooleanClause.Occur.SHOULD);
                    n++;
                }
            }
            return n == 0 ? null : fields.build();
        }

        private Query anyOf(String field, List<String> spellings) {
            if (spellings.size() == 1) {
                return createBooleanQuery(field, spellings.get(0), BooleanClause.Occur.MUST);
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            int n = 0;
            for (String spelling : spellings) {
                Query q = createBooleanQuery(field, spelling, BooleanClause.Occur.MUST);
                if (q != null) {
                    any.add(q, BooleanClause.Occur.SHOULD);
                    n++;
                }
            }
            return n == 0 ? null : any.build();
        }

        /** Keys of the word's lemmas and of the word as typed (a word typed without diacritics has no lemma). */
        private Set<String> familyKeys(List<String> spellings) {
            Set<String> keys = new LinkedHashSet<>();
            for (String text : spellings) {
                if (text.contains(" ") || !text.chars().allMatch(Character::isLetter)) {
                    continue;
                }
                for (String form : synonyms.forms(text)) {
                    String key = family.key(form);
                    if (key != null) {
                        keys.add(WordFamily.MARK + key);
                    }
                }
            }
            return keys;
        }
    }

    private static Query boost(Query q, float weight) {
        return weight == 1f ? q : new BoostQuery(q, weight);
    }
}
