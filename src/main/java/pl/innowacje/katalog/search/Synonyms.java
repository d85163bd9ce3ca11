package pl.innowacje.katalog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import pl.innowacje.katalog.catalog.Thesaurus;
import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.catalog.Vocabulary;

/**
 * The query-time thesaurus: groups of expressions that mean the same (an abbreviation and its full name, a
 * vocabulary code and its labels, synonyms). Where a run of the query's words is one expression of a group, the other
 * expressions are searched too. Words are compared by their folded forms and folded lemmas, so "Mops", "mops",
 * "powiatowego urzędu pracy" and "powiatowy urzad pracy" all match. Held in memory and rebuilt when the thesaurus or
 * a vocabulary changes, so a change needs no index rebuild.
 */
@org.springframework.stereotype.Component
class Synonyms {

    /** One expression as a sequence of word forms (each position: the folded word and its folded lemmas). */
    record Expression(String text, List<Set<String>> words) {
    }

    /** A run of the query's words that is an expression: where it starts, how many words, the other expressions. */
    record Match(int start, int length, List<String> alternatives) {
    }

    private static final int LONGEST = 8;

    private final Supplier<List<List<String>>> groups;
    private final Analyzer lemmas = PolishAnalysis.query(PolishAnalysis.Kind.LEMMA);
    private volatile Map<String, List<Entry>> byFirstWord;

    private record Entry(Expression expression, List<String> group) {
    }

    /** {@code groups}: every group's expressions as people write them, read again after {@link #reload()}. */
    Synonyms(Supplier<List<List<String>>> groups) {
        this.groups = groups;
    }

    /**
     * The portal's groups: the thesaurus (abbreviations and synonyms that administrators keep), and each vocabulary
     * term's code (when it is a word, like "PUP") with its labels.
     */
    @org.springframework.beans.factory.annotation.Autowired
    Synonyms(Thesaurus thesaurus, Vocabularies vocabularies) {
        this(() -> {
            List<List<String>> all = new ArrayList<>();
            thesaurus.groups().forEach(g -> all.add(g.terms()));
            all.addAll(vocabularyGroups(vocabularies));
            return all;
        });
    }

    private static List<List<String>> vocabularyGroups(Vocabularies vocabularies) {
        List<List<String>> out = new ArrayList<>();
        for (Vocabulary v : Vocabulary.values()) {
            for (Vocabularies.Term t : vocabularies.terms(v)) {
                List<String> group = new ArrayList<>();
                if (t.code().matches("\\p{L}{2,12}")) {
                    group.add(t.code());
                }
                group.add(t.labelPl());
                if (t.labelEn() != null && !t.labelEn().isBlank()) {
                    group.add(t.labelEn());
                }
                if (group.size() > 1) {
                    out.add(group);
                }
            }
        }
        return out;
    }

    static Synonyms none() {
        return new Synonyms(List::of);
    }

    void reload() {
        byFirstWord = null;
    }

    /** The longest expression starting at each position of the query's words, left to right, never overlapping. */
    List<Match> find(List<String> queryWords) {
        Map<String, List<Entry>> table = table();
        List<Set<String>> forms = queryWords.stream().map(this::forms).toList();
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < forms.size(); ) {
            int best = 0;
            Set<String> alternatives = new LinkedHashSet<>();
            for (String first : forms.get(i)) {
                for (Entry e : table.getOrDefault(first, List.of())) {
                    int length = e.expression().words().size();
                    if (length < best || !matchesAt(e.expression(), forms, i)) {
                        continue;
                    }
                    if (length > best) {
                        best = length;
                        alternatives.clear();
                    }
                    for (String other : e.group()) {
                        if (!other.equals(e.expression().text())) {
                            alternatives.add(other);
                        }
                    }
                }
            }
            if (best > 0) {
                String typed = String.join(" ", queryWords.subList(i, i + best)).toLowerCase(Locale.ROOT);
                alternatives.removeIf(a -> a.toLowerCase(Locale.ROOT).equals(typed));
                out.add(new Match(i, best, List.copyOf(alternatives)));
                i += best;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * Joins each run of plain words (outside quotes) that is an expression with {@code join}, so a query parser that
     * splits on white space hands the expression over as one unit.
     */
    String joinExpressions(String cleaned, char join) {
        String[] tokens = cleaned.split(" ");
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        boolean inPhrase = false;
        for (String token : tokens) {
            boolean plain = !inPhrase && token.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}.+'’-]*");
            if (plain) {
                run.add(token);
                continue;
            }
            flush(run, out, join);
            out.add(token);
            long quotes = token.chars().filter(c -> c == '"').count();
            if (quotes % 2 == 1) {
                inPhrase = !inPhrase;
            }
        }
        flush(run, out, join);
        return String.join(" ", out);
    }

    private void flush(List<String> run, List<String> out, char join) {
        if (run.isEmpty()) {
            return;
        }
        List<String> words = new ArrayList<>(run);
        int at = 0;
        for (Match m : find(words)) {
            out.addAll(words.subList(at, m.start()));
            out.add(String.join(String.valueOf(join), words.subList(m.start(), m.start() + m.length())));
            at = m.start() + m.length();
        }
        out.addAll(words.subList(at, words.size()));
        run.clear();
    }

    private static boolean matchesAt(Expression e, List<Set<String>> forms, int start) {
        if (start + e.words().size() > forms.size()) {
            return false;
        }
        for (int j = 0; j < e.words().size(); j++) {
            if (java.util.Collections.disjoint(e.words().get(j), forms.get(start + j))) {
                return false;
            }
        }
        return true;
    }

    private Map<String, List<Entry>> table() {
        Map<String, List<Entry>> table = byFirstWord;
        if (table == null) {
            table = new HashMap<>();
            for (List<String> group : groups.get()) {
                for (String text : group) {
                    List<Set<String>> words = new ArrayList<>();
                    for (String w : text.strip().split("[\\s\\u00A0]+")) {
                        if (!w.isEmpty()) {
                            words.add(forms(w));
                        }
                    }
                    if (words.isEmpty() || words.size() > LONGEST) {
                        continue;
                    }
                    Entry entry = new Entry(new Expression(text, words), group);
                    for (String first : words.get(0)) {
                        table.computeIfAbsent(first, k -> new ArrayList<>()).add(entry);
                    }
                }
            }
            byFirstWord = table;
        }
        return table;
    }

    /** The folded word (punctuation at its edges dropped, a trailing "+" kept: "50+") and its folded lemmas. */
    Set<String> forms(String word) {
        String plain = word.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}+]+$", "");
        Set<String> out = new LinkedHashSet<>();
        if (plain.isEmpty()) {
            return out;
        }
        out.add(fold(plain));
        if (plain.chars().allMatch(Character::isLetter)) {
            lemmas(plain).forEach(l -> out.add(fold(l)));
        }
        return out;
    }

    /** The dictionary's lemmas of a lower-case word, lower-cased; a word it does not know comes back as itself. */
    List<String> lemmas(String lower) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = lemmas.tokenStream("", lower)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String fold(String lower) {
        char[] in = lower.toCharArray();
        char[] out = new char[in.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, length);
    }
}
