package pl.innowacje.katalog.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects text page by page from Tika's XHTML: the PDF parser opens a {@code <div class="page">} for every page.
 * Formats without pages (DOCX, ODT, HTML…) come out as one page, which {@link #pages} splits into sections at
 * paragraph boundaries so that "where inside" still points at a small part of the document.
 */
final class PageCollector extends DefaultHandler {

    /** Thrown when the configured number of characters is reached; what was read so far is kept. */
    static final class LimitReached extends SAXException {
        LimitReached() {
            super("character limit reached");
        }
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
            "br", "title", "table", "section");

    private final int maxCharacters;
    private final List<StringBuilder> pages = new ArrayList<>();
    private StringBuilder current = new StringBuilder();
    private boolean sawPages;
    /** The XHTML head carries the title again; only the body is the document's text. */
    private boolean inBody;
    private long total;

    PageCollector(int maxCharacters) {
        this.maxCharacters = maxCharacters;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        if ("body".equals(localName)) {
            inBody = true;
        }
        if ("div".equals(localName) && "page".equals(atts.getValue("class"))) {
            if (!sawPages && current.toString().isBlank()) {
                current = new StringBuilder();
            } else {
                pages.add(current);
                current = new StringBuilder();
            }
            sawPages = true;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (inBody && BLOCKS.contains(localName)) {
            current.append('\n');
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (!inBody) {
            return;
        }
        int room = (int) Math.min(length, maxCharacters - total);
        current.append(ch, start, Math.max(room, 0));
        total += Math.max(room, 0);
        if (room < length) {
            throw new LimitReached();
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    /** The text of each page, tidied; unpaged formats split into sections of about {@code sectionSize} characters. */
    List<String> pages(int sectionSize) {
        List<String> raw = new ArrayList<>();
        pages.forEach(p -> raw.add(tidy(p)));
        raw.add(tidy(current));
        if (sawPages) {
            // Blank pages keep their number so "page 37" stays page 37 of the handbook.
            while (!raw.isEmpty() && raw.get(raw.size() - 1).isEmpty() && raw.size() > 1) {
                raw.remove(raw.size() - 1);
            }
            return raw;
        }
        return sections(String.join("\n\n", raw).strip(), sectionSize);
    }

    static List<String> sections(String text, int sectionSize) {
        List<String> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        StringBuilder section = new StringBuilder();
        for (String paragraph : text.split("\n\\s*\n|\n")) {
            if (section.length() > 0 && section.length() + paragraph.length() > sectionSize) {
                out.add(section.toString().strip());
                section.setLength(0);
            }
            section.append(paragraph.strip()).append('\n');
        }
        if (!section.toString().isBlank()) {
            out.add(section.toString().strip());
        }
        return out;
    }

    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("[ \\t\\x0B\\f\\r]+");
    private static final java.util.regex.Pattern LINE_BREAKS = java.util.regex.Pattern.compile(" *\n[ \n]*");

    private static String tidy(CharSequence s) {
        return LINE_BREAKS.matcher(BLANKS.matcher(s).replaceAll(" ")).replaceAll("\n").strip();
    }
}
