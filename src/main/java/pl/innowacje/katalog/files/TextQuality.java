package pl.innowacje.katalog.files;

/**
 * Tells text a person could read from the output of a broken font map. Such PDFs (common around 2010) give symbols,
 * replacement characters or private-use glyphs where letters should be.
 */
final class TextQuality {

    /** Latin (Polish) and Cyrillic vowels: a Ukrainian handbook is not garbled Polish. */
    private static final String VOWELS = "aeiouyąęóAEIOUYĄĘÓаеёиоуыэюяієїАЕЁИОУЫЭЮЯІЄЇ";

    private TextQuality() {
    }

    static boolean looksGarbled(String text) {
        int visible = 0;
        int letters = 0;
        int suspicious = 0;
        int vowelless = 0;
        int words = 0;
        int wordLength = 0;
        boolean vowel = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (wordLength >= 4) {
                    words++;
                    vowelless += vowel ? 0 : 1;
                }
                wordLength = 0;
                vowel = false;
                continue;
            }
            visible++;
            if (Character.isLetter(c)) {
                letters++;
                wordLength++;
                vowel |= VOWELS.indexOf(c) >= 0;
            }
            if (c == '\uFFFD' || Character.getType(c) == Character.PRIVATE_USE || Character.isISOControl(c)) {
                suspicious++;
            }
        }
        if (visible < 200) {
            return false;
        }
        return suspicious > visible / 20 || letters < visible / 2 || (words > 50 && vowelless > words / 3);
    }
}
