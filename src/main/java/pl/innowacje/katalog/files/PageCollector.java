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
 *
 * <p>Only what a reader sees on the page is kept. The head (title, metadata) never is; nor, anywhere in the body,
 * stylesheets, scripts, templates, titles (an SVG's, for one), navigation ({@code <nav>}: an EPUB's table of contents
 * and landmarks, which its navigation document is made of) or elements marked {@code hidden}. EPUB chapters reach
 * this collector through an XML parser, which, unlike the HTML one, passes a {@code <style>} in the body on as text.
 */
final class PageCollector extends DefaultHandler {

    /** Thrown when the configured number of characters is reached; what was read so far is kept. */
    static final class LimitReached extends SAXException {
        LimitReached() {
            super("character limit reached");
        }
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
            "br", "table", "section");
    /** Elements whose text no reader sees as the document's text. */
    private static final Set<String> UNSEEN = Set.of("style", "script", "template", "title", "nav");

    private final int maxCharacters;
    private final List<StringBuilder> pages = new ArrayList<>();
    private StringBuilder current = new StringBuilder();
    private boolean sawPages;
    /** The XHTML head carries the title again; only the body is the document's text. */
    private boolean inBody;
    /** Depth inside an unseen element; its text, and everything within it, is left out. */
    private int unseen;
    private long total;

    PageCollector(int maxCharacters) {
        this.maxCharacters = maxCharacters;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        if ("body".equals(localName)) {
            inBody = true;
        }
        if (unseen > 0 || UNSEEN.contains(localName) || atts.getIndex("hidden") >= 0) {
            unseen++;
            return;
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
        if (unseen > 0) {
            unseen--;
            return;
        }
        if (inBody && BLOCKS.contains(localName)) {
            current.append('\n');
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (!inBody || unseen > 0) {
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

    /**
     * The text of each page, tidied, when {@code paged} (see {@link TextUnit}); otherwise the whole text split into
     * sections of about {@code sectionSize} characters.
     */
    List<String> pages(int sectionSize, boolean paged) {
        List<String> raw = new ArrayList<>();
        pages.forEach(p -> raw.add(tidy(p)));
        raw.add(tidy(current));
        if (paged && sawPages) {
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
