package pl.innowacje.katalog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import pl.innowacje.katalog.catalog.CatalogQueries;
import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.catalog.Vocabulary;

/**
 * Autocomplete for the search box: titles of public solutions, thematic blocks, vocabulary terms and frequent words,
 * for a prefix typed with or without Polish diacritics. Solution titles and words are read from the current index
 * searcher at every call, so a solution appears or disappears exactly when the index has applied its change from the
 * change log, on every node, with no second structure to keep in step. Blocks and vocabulary labels are small lists
 * held in memory; a term is offered only while some public solution uses it. Labels are matched in Polish, and for
 * English readers in English too ("pup" must not offer "Uczniowie" for its English label "Pupils"); solution titles
 * match in either language, as the index holds them together.
 */
@Component
public class Suggestions {

    public enum Kind { SOLUTION, BLOCK, TERM, WORD }

    public record Suggestion(String text, Kind kind, String url) {
    }

    /** Shorter prefixes match too much to help; longer ones are not a prefix someone is typing. */
    public static final int MIN_PREFIX = 2;
    public static final int MAX_PREFIX = 100;
    public static final int LIMIT = 10;
    private static final int SOLUTIONS = 5;
    private static final int BLOCKS = 2;
    private static final int TERMS = 3;
    private static final int WORDS = 3;
    /** Blocks change rarely; other nodes' changes are picked up after this long at the latest. */
    private static final Duration BLOCKS_FRESH = Duration.ofMinutes(1);

    private record Block(String slug, String title, String titleEn) {
    }

    private record Candidate(Suggestion suggestion, int rank, long weight, String key) {
    }

    private final SearchIndex index;
    private final Vocabularies vocabularies;
    private final CatalogQueries catalog;
    private volatile List<Block> blocks;
    private volatile long blocksLoaded;

    Suggestions(SearchIndex index, Vocabularies vocabularies, CatalogQueries catalog) {
        this.index = index;
        this.vocabularies = vocabularies;
        this.catalog = catalog;
    }

    /** At most {@link #LIMIT} suggestions in the reader's language: solutions, blocks, terms, then words. */
    public List<Suggestion> suggest(String typed, Locale locale) {
        String cleaned = typed == null ? "" : typed.replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}]", " ")
                .replaceAll("\\s+", " ").strip();
        String folded = Folding.fold(cleaned);
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_PREFIX || folded.length() < MIN_PREFIX) {
            return List.of();
        }
        boolean english = "en".equals(locale.getLanguage());
        List<Suggestion> blocks = blocks(folded, english);
        try {
            return index.search((searcher, state) -> {
                List<Suggestion> out = new ArrayList<>();
                out.addAll(SolutionTitles.find(searcher, folded, english, SOLUTIONS));
                out.addAll(blocks);
                out.addAll(terms(searcher, folded, locale));
                out.addAll(words(searcher, cleaned, folded));
                return out.size() > LIMIT ? List.copyOf(out.subList(0, LIMIT)) : List.copyOf(out);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Suggestion> blocks(String folded, boolean english) {
        List<Candidate> found = new ArrayList<>();
        for (Block b : blocks()) {
            String title = english && b.titleEn() != null && !b.titleEn().isBlank() ? b.titleEn() : b.title();
            int rank = Math.min(rank(b.title(), folded), english ? rank(b.titleEn(), folded) : Integer.MAX_VALUE);
            if (rank < Integer.MAX_VALUE) {
                found.add(new Candidate(new Suggestion(title, Kind.BLOCK, "/bloki/" + b.slug()), rank, 0,
                        Folding.fold(title)));
            }
        }
        return best(found, BLOCKS);
    }

    /** Terms whose label (or abbreviation code, such as PUP) matches and that some public solution uses. */
    private List<Suggestion> terms(IndexSearcher searcher, String folded, Locale locale) throws IOException {
        boolean english = "en".equals(locale.getLanguage());
        List<Candidate> found = new ArrayList<>();
        Query visible = SolutionTitles.publicSolutions();
        for (Vocabulary v : Vocabulary.values()) {
            String dim = v.name().toLowerCase(Locale.ROOT);
            String field = index.facetsConfig().getDimConfig(dim).indexFieldName;
            for (Vocabularies.Term t : vocabularies.terms(v)) {
                String label = t.label(locale);
                int byLabel = Math.min(rank(t.labelPl(), folded), english ? rank(t.labelEn(), folded)
                        : Integer.MAX_VALUE);
                int byCode = abbreviation(t.code()) ? rank(t.code().replace('_', ' '), folded) : Integer.MAX_VALUE;
                if (byLabel == Integer.MAX_VALUE && byCode == Integer.MAX_VALUE) {
                    continue;
                }
                Term facet = DrillDownQuery.term(field, dim, t.code());
                int uses = searcher.getIndexReader().docFreq(facet);
                if (uses == 0 || !VisibleDocs.any(searcher, new BooleanQuery.Builder()
                        .add(new TermQuery(facet), BooleanClause.Occur.FILTER)
                        .add(visible, BooleanClause.Occur.FILTER).build())) {
                    continue;
                }
                // A term found only by its code shows the code, so "pup" visibly became "Powiatowy urząd pracy".
                String text = byLabel <= byCode ? label : label + " (" + t.code().replace('_', '/') + ")";
                found.add(new Candidate(new Suggestion(text, Kind.TERM, "/szukaj?" + dim + "=" + encode(t.code())),
                        Math.min(byLabel, byCode), uses, Folding.fold(text)));
            }
        }
        return best(found, TERMS);
    }

    /** The last word completed from the index's words, the words before it kept as typed. */
    private List<Suggestion> words(IndexSearcher searcher, String cleaned, String folded) throws IOException {
        int cut = folded.lastIndexOf(' ');
        String last = folded.substring(cut + 1);
        if (last.length() < MIN_PREFIX) {
            return List.of();
        }
        int typedCut = cleaned.lastIndexOf(' ');
        String before = typedCut < 0 ? "" : cleaned.substring(0, typedCut + 1);
        String typedLast = cleaned.substring(typedCut + 1).toLowerCase(Locale.ROOT);
        List<Suggestion> out = new ArrayList<>();
        List<String> typedBefore = cut < 0 ? List.of() : List.of(folded.substring(0, cut).split(" "));
        for (String word : WordCompletion.complete(searcher, last, typedBefore, WORDS + 1)) {
            if (!word.equals(typedLast) && out.size() < WORDS) {
                String text = before + word;
                out.add(new Suggestion(text, Kind.WORD, "/szukaj?q=" + encode(text)));
            }
        }
        return out;
    }

    /** 0 when the label starts with what was typed, 1 when each typed word starts one of its words, else none. */
    static int rank(String label, String folded) {
        if (label == null || label.isBlank()) {
            return Integer.MAX_VALUE;
        }
        String key = Folding.fold(label);
        if (key.startsWith(folded)) {
            return 0;
        }
        List<String> words = List.of(key.split(" "));
        for (String typed : folded.split(" ")) {
            if (words.stream().noneMatch(w -> w.startsWith(typed))) {
                return Integer.MAX_VALUE;
            }
        }
        return 1;
    }

    /** Codes such as PUP, PCPR or CIS_KIS are abbreviations people type; DLUGOTRWALE_BEZROBOCIE or 1261 are not. */
    private static boolean abbreviation(String code) {
        return code.matches("[A-Z]{2,5}(_[A-Z]{2,5})*");
    }

    private static List<Suggestion> best(List<Candidate> found, int limit) {
        return found.stream()
                .sorted(Comparator.comparingInt(Candidate::rank)
                        .thenComparing(Comparator.comparingLong(Candidate::weight).reversed())
                        .thenComparing(Candidate::key))
                .limit(limit).map(Candidate::suggestion).toList();
    }

    private List<Block> blocks() {
        List<Block> current = blocks;
        if (current == null || System.nanoTime() - blocksLoaded > BLOCKS_FRESH.toNanos()) {
            Map<String, String[]> titles = catalog.structureTitles();
            current = catalog.blockAreas().keySet().stream()
                    .filter(titles::containsKey)
                    .map(slug -> new Block(slug, titles.get(slug)[0], titles.get(slug)[1]))
                    .toList();
            blocks = current;
            blocksLoaded = System.nanoTime();
        }
        return current;
    }

    @EventListener
    void onChange(IndexFollower.Applied event) {
        blocks = null;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
