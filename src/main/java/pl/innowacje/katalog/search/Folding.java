package pl.innowacje.katalog.search;

import java.util.Locale;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Text as a person may type it: lower case, without diacritics ("Współpraca" → "wspolpraca", "ł" → "l"), words
 * separated by single spaces and punctuation dropped. Titles and labels are compared with what was typed in this form.
 */
final class Folding {

    private static final int MAX_KEY = 1000;

    private Folding() {
    }

    /** A title's key for prefix look-ups; bounded, since an index term may not exceed 32 KB. */
    static String titleKey(String title) {
        String folded = fold(title);
        return folded.length() > MAX_KEY ? folded.substring(0, MAX_KEY) : folded;
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        char[] chars = text.toLowerCase(Locale.ROOT).toCharArray();
        char[] folded = new char[chars.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(chars, 0, folded, 0, chars.length);
        StringBuilder out = new StringBuilder(length);
        boolean space = false;
        for (int i = 0; i < length; i++) {
            char c = folded[i];
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }
}
