package pl.innowacje.katalog.search;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Family keys: one key for the words of a derivational family, so "niepełnosprawnych" finds "niepełnosprawność",
 * "bezrobotni" finds "bezrobocie" and "przyłączanie" finds "przyłączenie", with a lower weight than the lemma itself.
 * The dictionary's lemmas stop at inflection; families need derivation, which neither Morfologik nor Stempel knows
 * (Stempel turns "niepełnosprawność" into "pełnosprawność" and "bezrobocie" into "bezrobota").
 * <p>
 * Two ways of making keys were measured with the relevance checks (RelevanceCheckTest on the shipped catalogue,
 * CorpusRelevanceCheckTest on documents nobody here wrote), recall@3 / MRR over all judged queries:
 * <ul>
 * <li>{@link Method#PREFIX}, in use: the folded lemma's first seven letters. Shipped 0.97 / 0.95, corpus 0.95 / 0.93.
 * It also forgives a typo past the seventh letter ("niepelnosprawnyh").</li>
 * <li>{@link Method#RULES}: the folded word without its longest derivational or inflectional ending, with a final
 * "c" read as "t" (bezrobo<b>c</b>ie, bezrobo<b>t</b>ny) and the stem's last "a" as "o" (wynagr<b>a</b>dzać,
 * wynagr<b>o</b>dzenie). Shipped 0.96 / 0.94, corpus 0.93 / 0.91.</li>
 * <li>{@link Method#NONE}: shipped 0.95 / 0.93.</li>
 * </ul>
 * Keys are indexed beside the folded words, marked with {@link #MARK} so that no word can be taken for one.
 */
final class WordFamily {

    /** How keys are made; {@link #PREFIX} is in use, the others are kept to measure it against. */
    enum Method {
        RULES, PREFIX, NONE;

        String key(String folded) {
            return switch (this) {
                case RULES -> WordFamily.key(folded);
                case PREFIX -> folded.length() < MIN_STEM + 1 || !folded.chars().allMatch(Character::isLetter) ? null
                        : folded.substring(0, Math.min(folded.length(), 7));
                case NONE -> null;
            };
        }
    }

    /** Starts every key in the index; the tokenizer never yields it inside a word. */
    static final String MARK = "~";
    private static final int MIN_STEM = 4;

    /** Folded endings, longest first: verbal nouns, abstract nouns, adjectives, verbs, then plain inflection. */
    private static final String[] ENDINGS = sortedLongestFirst(
            // verbal nouns (-owanie, -anie, -enie, -ienie) in their cases
            "owanie", "owania", "owaniu", "owaniem", "owaniach", "owaniami", "owan",
            "ywanie", "ywania", "ywaniu", "ywaniem", "iwanie", "iwania", "iwaniu", "iwaniem",
            "anie", "ania", "aniu", "aniem", "aniach", "aniami", "an",
            "ienie", "ienia", "ieniu", "ieniem", "ieniach", "ieniami",
            "enie", "enia", "eniu", "eniem", "eniach", "eniami", "en",
            // -ość / -ność and -acja / -acyjny families
            "nosc", "nosci", "noscia", "nosciach", "nosciami",
            "osc", "osci", "oscia", "osciach", "osciami",
            "acja", "acji", "acje", "acja", "acjach", "acjami", "acjom", "acyj",
            "acyjny", "acyjna", "acyjne", "acyjni", "acyjnego", "acyjnej", "acyjnemu", "acyjnym", "acyjnych",
            "acyjnymi",
            // -stwo, -ctwo, -ztwo, -eństwo
            "enstwo", "enstwa", "enstwie", "enstwem", "stwo", "stwa", "stwie", "stwem", "ztwo", "ztwa", "ztwie",
            // adjectives in -ny, -owy and their cases
            "ny", "na", "ne", "ni", "nego", "nej", "nemu", "nym", "nych", "nymi",
            "owy", "owa", "owe", "owi", "owego", "owej", "owemu", "owym", "owych", "owymi",
            // verbs
            "owac", "ywac", "iwac", "ac", "ic", "yc", "ec",
            // plain inflection
            "ami", "ach", "om", "ow", "em", "ie", "iu", "ia", "a", "o", "y", "i", "e", "u");

    private WordFamily() {
    }

    /** The key of a lower-cased, folded word, or null for a word too short to have a family worth finding. */
    static String key(String folded) {
        if (folded.length() < MIN_STEM + 1 || !folded.chars().allMatch(Character::isLetter)) {
            return null;
        }
        String stem = folded;
        for (String ending : ENDINGS) {
            if (folded.endsWith(ending) && folded.length() - ending.length() >= MIN_STEM) {
                stem = folded.substring(0, folded.length() - ending.length());
                break;
            }
        }
        if (stem.endsWith("c")) {
            stem = stem.substring(0, stem.length() - 1) + "t";
        }
        for (int i = stem.length() - 1; i >= MIN_STEM; i--) {
            if ("aeiouy".indexOf(stem.charAt(i)) >= 0) {
                if (stem.charAt(i) == 'a') {
                    stem = stem.substring(0, i) + 'o' + stem.substring(i + 1);
                }
                break;
            }
        }
        return stem;
    }

    static boolean isKey(String term) {
        return term.startsWith(MARK);
    }

    private static String[] sortedLongestFirst(String... endings) {
        String[] out = Arrays.stream(endings).distinct().toArray(String[]::new);
        Arrays.sort(out, Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return out;
    }
}
