package pl.innowacje.katalog.tools.handbooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Measuring and line-breaking of text for the PDF writer. */
final class PdfText {

    private PdfText() {
    }

    /**
     * Replaces characters the font cannot draw, which would otherwise abort the whole document,
     * and drops invisible ones that some fonts render as boxes.
     */
    static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == 0x00AD || cp == 0x200B || cp == 0xFEFF) {
                return;
            }
            String ch = Character.isWhitespace(cp) && cp != 0x00A0 ? " " : new String(Character.toChars(cp));
            out.append(canEncode(font, ch) ? ch : "?");
        });
        return out.toString();
    }

    private static boolean canEncode(PDFont font, String ch) {
        try {
            font.encode(ch);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Greedy word wrap; a word longer than a whole line is split between characters. */
    static List<String> wrap(PDFont font, float size, String text, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(font, size, candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, size, rest) > maxWidth) {
                int cut = fittingPrefix(font, size, rest, maxWidth);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static int fittingPrefix(PDFont font, float size, String word, float maxWidth) {
        int end = Character.charCount(word.codePointAt(0));
        while (end < word.length()) {
            int next = end + Character.charCount(word.codePointAt(end));
            if (width(font, size, word.substring(0, next)) > maxWidth) {
                break;
            }
            end = next;
        }
        return end;
    }
}
