package pl.innowacje.katalog.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.springframework.web.util.HtmlUtils;

import morfologik.stemming.IStemmer;
import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;

/**
 * Marks the words of a query in a text, as HTML: the text is escaped whole and only {@code <mark>} is added, so
 * nothing in a document can become markup. A word matches in any inflected form (the same Polish lemma: "pracy"
 * marks "praca") and without its diacritics ("wspolpraca" marks "współpraca"). Excluded words ({@code -word}), the
 * operators of the search box, stop words and words under three characters are not marked.
 */
final class WordMarks {

    /** The id of the mark a link lands on. */
    static final String FIRST = "trafienie";

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Locale POLISH = Locale.forLanguageTag("pl");
    private static final int MAX_QUERY = 400;
    private static final int MAX_WORDS = 20;
    private static final int MIN_LENGTH = 3;
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");
    /** The search's own stop words ("dla", "oraz"…): marking each of them would hide the words that matter. */
    private static final CharArraySet STOP_WORDS = new CharArraySet(PolishAnalyzer.getDefaultStopSet(), true);

    /** The paragraphs as HTML, and how many words were marked. */
    record Marked(List<String> paragraphs, int marks) {
    }

    private final IStemmer stemmer = new PolishStemmer();
    private final Map<String, Set<String>> keys = new HashMap<>();

    /** Not thread-safe (the lemma look-up is not): one per request. */
    WordMarks() {
    }

    /** The keys of each of the query's words that are to be marked. */
    private List<Set<String>> queryWords(String query) {
        List<Set<String>> out = new ArrayList<>();
        if (query == null) {
            return out;
        }
        for (String token : query.substring(0, Math.min(query.length(), MAX_QUERY)).split("\\s+")) {
            if (token.startsWith("-") || OPERATORS.contains(token)) {
                continue;
            }
            Matcher m = WORD.matcher(token);
            while (m.find() && out.size() < MAX_WORDS) {
                if (m.group().length() >= MIN_LENGTH && !STOP_WORDS.contains(m.group())) {
                    out.add(keys(m.group()));
                }
            }
        }
        return out;
    }

    /**
     * The text split into paragraphs at line ends, escaped, with the query's words marked. The first mark of the
     * paragraph with the most of the query's words (the passage a search result showed) is the one a link lands on.
     */
    Marked mark(String text, String query) {
        List<Set<String>> words = queryWords(query);
        List<String> lines = new ArrayList<>();
        List<List<int[]>> found = new ArrayList<>();
        int anchor = -1;
        int most = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            List<int[]> marks = new ArrayList<>();
            BitSet matched = new BitSet();
            Matcher m = WORD.matcher(line);
            while (m.find() && !words.isEmpty()) {
                int word = m.group().length() < MIN_LENGTH ? -1 : which(m.group(), words);
                if (word >= 0) {
                    marks.add(new int[] {m.start(), m.end()});
                    matched.set(word);
                }
            }
            if (matched.cardinality() > most) {
                most = matched.cardinality();
                anchor = lines.size();
            }
            lines.add(line);
            found.add(marks);
        }
        List<String> paragraphs = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            StringBuilder html = new StringBuilder();
            int from = 0;
            for (int[] mark : found.get(i)) {
                html.append(escape(line.substring(from, mark[0])))
                        .append(i == anchor && from == 0 ? "<mark id=\"" + FIRST + "\">" : "<mark>")
                        .append(escape(line.substring(mark[0], mark[1]))).append("</mark>");
                from = mark[1];
                total++;
            }
            paragraphs.add(html.append(escape(line.substring(from))).toString());
        }
        return new Marked(paragraphs, total);
    }

    /** Which of the query's words this word is a form of, or -1. */
    private int which(String word, List<Set<String>> words) {
        Set<String> forms = keys(word);
        for (int i = 0; i < words.size(); i++) {
            for (String key : forms) {
                if (words.get(i).contains(key)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** The word without diacritics in lower case, and its lemmas likewise. */
    private Set<String> keys(String word) {
        return keys.computeIfAbsent(word, w -> {
            Set<String> out = new HashSet<>();
            out.add(fold(w));
            lemmas(w).forEach(l -> out.add(fold(l)));
            String lower = w.toLowerCase(POLISH);
            if (!lower.equals(w)) {
                lemmas(lower).forEach(l -> out.add(fold(l)));
            }
            return out;
        });
    }

    private List<String> lemmas(String word) {
        List<String> out = new ArrayList<>();
        for (WordData data : stemmer.lookup(word)) {
            out.add(data.getStem().toString());
        }
        return out;
    }

    private static String fold(String word) {
        String lower = word.toLowerCase(POLISH).replace('ł', 'l');
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }
}
