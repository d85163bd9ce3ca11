package pl.innowacje.katalog.tools.handbooks;

import java.util.regex.Pattern;

/**
 * Turns inline Markdown into plain text. The outputs carry no inline formatting, so markers are
 * dropped rather than rendered; links keep their address because a printed handbook cannot be clicked.
 */
final class InlineText {

    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_\\[\\]()#+\\-.!>])");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)\\s]+)\\)");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![\\w*])");
    private static final Pattern SPACES = Pattern.compile("[\\s&&[^\u00A0]]+");
    // Escaped characters are parked in the private-use area so the patterns above do not see them.
    private static final char PARKED = '\uE000';

    private InlineText() {
    }

    static String plain(String markdown) {
        String text = park(markdown);
        text = LINK.matcher(text).replaceAll(r -> {
            String label = r.group(1);
            String url = r.group(2);
            return java.util.regex.Matcher.quoteReplacement(label.equals(url) ? url : label + " (" + url + ")");
        });
        text = CODE.matcher(text).replaceAll("$1");
        text = STRONG.matcher(text).replaceAll("$2");
        text = EMPHASIS.matcher(text).replaceAll("$1");
        text = SPACES.matcher(text).replaceAll(" ").strip();
        return unpark(text);
    }

    private static String park(String text) {
        return ESCAPE.matcher(text).replaceAll(r -> String.valueOf((char) (PARKED + r.group(1).charAt(0))));
    }

    private static String unpark(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= PARKED && c < PARKED + 128 ? (char) (c - PARKED) : c);
        }
        return out.toString();
    }
}
