package pl.innowacje.katalog.tools.handbooks;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A cursor running down A4 pages: lays out wrapped lines and starts a new page whenever the next
 * line would cross the bottom margin. Page numbers are stamped when a page is finished.
 */
final class PdfPageFlow implements Closeable {

    static final PDRectangle SIZE = PDRectangle.A4;
    static final float MARGIN_X = 64f;
    static final float MARGIN_TOP = 72f;
    static final float MARGIN_BOTTOM = 72f;
    private static final float FOOTER_BASELINE = 40f;
    private static final float FOOTER_SIZE = 9f;

    enum Align { LEFT, CENTER }

    private final PDDocument document;
    private final PDFont footerFont;
    private final String pageLabel;
    private PDPage page;
    private PDPageContentStream stream;
    private float y;
    private boolean blank = true;

    PdfPageFlow(PDDocument document, PDFont footerFont, String pageLabel) {
        this.document = document;
        this.footerFont = footerFont;
        this.pageLabel = pageLabel;
    }

    void newPage() throws IOException {
        finishPage();
        page = new PDPage(SIZE);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = SIZE.getHeight() - MARGIN_TOP;
        blank = true;
    }

    PDPage page() {
        return page;
    }

    /** True until something is drawn on the current page, so callers avoid stacking empty pages. */
    boolean pageIsBlank() {
        return blank;
    }

    boolean fits(float height) {
        return y - height >= MARGIN_BOTTOM;
    }

    /** Vertical gap between blocks; swallowed at the top of a page where it would only look odd. */
    void space(float amount) {
        if (!blank) {
            y -= amount;
        }
    }

    void moveTo(float newY) {
        y = newY;
    }

    float textWidth() {
        return SIZE.getWidth() - 2 * MARGIN_X;
    }

    /**
     * Draws {@code text} wrapped to the text width minus {@code indent}. A non-empty {@code marker}
     * (bullet or number) is right-aligned in the indent on the first line.
     */
    void text(String text, PDFont font, float size, float leading, float indent, String marker, Align align)
            throws IOException {
        String printable = PdfText.printable(font, text);
        List<String> lines = PdfText.wrap(font, size, printable, textWidth() - indent);
        for (int i = 0; i < lines.size(); i++) {
            if (!fits(leading)) {
                newPage();
            }
            float baseline = y - leading * 0.78f;
            String line = lines.get(i);
            float x = MARGIN_X + indent;
            if (align == Align.CENTER) {
                x = (SIZE.getWidth() - PdfText.width(font, size, line)) / 2f;
            }
            if (i == 0 && !marker.isEmpty()) {
                String printableMarker = PdfText.printable(font, marker);
                float markerX = x - 6f - PdfText.width(font, size, printableMarker);
                show(printableMarker, font, size, markerX, baseline);
            }
            show(line, font, size, x, baseline);
            y -= leading;
            blank = false;
        }
    }

    private void show(String line, PDFont font, float size, float x, float baseline) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(line);
        stream.endText();
    }

    private void finishPage() throws IOException {
        if (stream == null) {
            return;
        }
        int number = document.getNumberOfPages();
        // The title page stays unnumbered, as in printed books.
        if (number > 1) {
            String footer = pageLabel + " " + number;
            float x = (SIZE.getWidth() - PdfText.width(footerFont, FOOTER_SIZE, footer)) / 2f;
            show(footer, footerFont, FOOTER_SIZE, x, FOOTER_BASELINE);
        }
        stream.close();
        stream = null;
    }

    @Override
    public void close() throws IOException {
        finishPage();
    }
}
