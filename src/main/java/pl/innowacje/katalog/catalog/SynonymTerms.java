package pl.innowacje.katalog.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import pl.innowacje.katalog.system.Refusal;

/** The rules a thesaurus group obeys, shared by the content loader and the staff area. */
final class SynonymTerms {

    static final int MAX_TERMS = 30;
    static final int MAX_LENGTH = 150;

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_]{0,63}");
    // No commas, pipes, "=>" or quotes: they separate terms in the synonym formats search tools read.
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}\\p{N} .+/&-]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private SynonymTerms() {
    }

    /** The code, checked: capital letters A–Z, digits and underscores, as vocabulary codes are written. */
    static String code(String code) {
        String c = code == null ? "" : code.strip();
        if (!CODE.matcher(c).matches()) {
            throw new Refusal("thesaurus.error.code");
        }
        return c;
    }

    /** The terms as they will be stored (spaces tidied), checked; refuses a group that breaks a rule. */
    static List<String> terms(List<String> raw) {
        List<String> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String r : raw == null ? List.<String>of() : raw) {
            String term = clean(r);
            if (term.isEmpty()) {
                throw new Refusal("thesaurus.error.blank");
            }
            if (term.length() > MAX_LENGTH) {
                throw new Refusal("thesaurus.error.length", abbreviated(term), MAX_LENGTH);
            }
            if (!ALLOWED.matcher(term).matches() || !WORD.matcher(term).find()) {
                throw new Refusal("thesaurus.error.characters", term);
            }
            if (!keys.add(key(term))) {
                throw new Refusal("thesaurus.error.repeated", term);
            }
            out.add(term);
        }
        if (out.size() < 2) {
            throw new Refusal("thesaurus.error.tooFew");
        }
        if (out.size() > MAX_TERMS) {
            throw new Refusal("thesaurus.error.tooMany", MAX_TERMS);
        }
        return List.copyOf(out);
    }

    /** A term in composed Unicode, without outer spaces and with single spaces inside. */
    static String clean(String term) {
        return term == null ? "" : SPACES.matcher(Normalizer.normalize(term, Normalizer.Form.NFC)).replaceAll(" ")
                .strip();
    }

    /**
     * What makes two terms the same term: case, diacritics and spacing do not count, as they do not for search
     * (which folds "MOPS" and "mops", "ośrodek" and "osrodek" alike).
     */
    static String key(String term) {
        String lower = clean(term).toLowerCase(Locale.ROOT).replace('ł', 'l');
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static String abbreviated(String term) {
        return term.substring(0, 40) + "…";
    }
}
