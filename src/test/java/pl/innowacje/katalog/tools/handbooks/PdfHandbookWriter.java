package pl.innowacje.katalog.tools.handbooks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.OptionalInt;
import java.util.TimeZone;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import pl.innowacje.katalog.tools.handbooks.Handbook.Block;
import pl.innowacje.katalog.tools.handbooks.Handbook.Heading;
import pl.innowacje.katalog.tools.handbooks.Handbook.ListItem;
import pl.innowacje.katalog.tools.handbooks.Handbook.PageBreak;
import pl.innowacje.katalog.tools.handbooks.Handbook.Paragraph;
import pl.innowacje.katalog.tools.handbooks.PdfPageFlow.Align;

/** A4 PDF with an embedded Unicode font, so extracted text keeps Polish letters. */
final class PdfHandbookWriter implements HandbookWriter {

    private static final float BODY_SIZE = 11f;
    private static final float BODY_LEADING = 16f;
    private static final float LIST_INDENT = 22f;

    private final FontFiles fonts;

    PdfHandbookWriter(FontFiles fonts) {
        this.fonts = fonts;
    }

    @Override
    public Written write(Handbook handbook, Path target) throws IOException {
        if (!fonts.available()) {
            throw new IOException("font " + fonts.regular() + " not found; set " + FontFiles.SETTING
                    + " to a TrueType font with Polish letters");
        }
        boolean separateBold = !fonts.bold().equals(fonts.regular());
        // The parsed fonts are read lazily while saving, so they stay open until the document is written.
        try (PDDocument document = new PDDocument();
             TrueTypeFont regularFile = parse(fonts.regular());
             TrueTypeFont boldFile = separateBold ? parse(fonts.bold()) : null) {
            PDFont regular = PDType0Font.load(document, regularFile, true);
            PDFont bold = separateBold ? PDType0Font.load(document, boldFile, true) : regular;
            PDDocumentOutline outline = new PDDocumentOutline();
            try (PdfPageFlow flow = new PdfPageFlow(document, regular, handbook.pageLabel())) {
                titlePage(handbook, flow, regular, bold);
                flow.newPage();
                PDOutlineItem chapter = null;
                for (Block block : handbook.blocks()) {
                    if (block instanceof Heading heading) {
                        PDOutlineItem item = heading(heading, flow, bold);
                        if (heading.level() == 1 || chapter == null) {
                            outline.addLast(item);
                            chapter = item;
                        } else {
                            chapter.addLast(item);
                        }
                    } else if (block instanceof Paragraph paragraph) {
                        flow.text(paragraph.text(), regular, BODY_SIZE, BODY_LEADING, 0f, "", Align.LEFT);
                        flow.space(6f);
                    } else if (block instanceof ListItem item) {
                        flow.text(item.text(), regular, BODY_SIZE, BODY_LEADING, LIST_INDENT, item.marker(), Align.LEFT);
                        flow.space(3f);
                    } else if (block instanceof PageBreak && !flow.pageIsBlank()) {
                        flow.newPage();
                    }
                }
            }
            describe(document, handbook, outline);
            Files.createDirectories(target.toAbsolutePath().getParent());
            document.save(target.toFile());
            return new Written(target, OptionalInt.of(document.getNumberOfPages()), Files.size(target));
        }
    }

    /**
     * Opens a font with glyph substitution off. PDFBox would otherwise apply the font's Latin
     * ligatures (fi, ffi), and extractors such as pdftotext then return "ﬁ" instead of "fi",
     * which breaks full-text search.
     */
    private static TrueTypeFont parse(Path file) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        font.setEnableGsub(false);
        return font;
    }

    private static void titlePage(Handbook handbook, PdfPageFlow flow, PDFont regular, PDFont bold) throws IOException {
        flow.newPage();
        flow.moveTo(PdfPageFlow.SIZE.getHeight() * 0.64f);
        flow.text(handbook.title(), bold, 26f, 34f, 0f, "", Align.CENTER);
        if (!handbook.subtitle().isEmpty()) {
            flow.space(14f);
            flow.text(handbook.subtitle(), regular, 15f, 21f, 0f, "", Align.CENTER);
        }
        if (!handbook.organisation().isEmpty()) {
            flow.moveTo(PdfPageFlow.MARGIN_BOTTOM + 70f);
            flow.text(handbook.organisation(), regular, 12f, 17f, 0f, "", Align.CENTER);
        }
    }

    private static PDOutlineItem heading(Heading heading, PdfPageFlow flow, PDFont bold) throws IOException {
        float size = heading.level() == 1 ? 20f : 14f;
        float leading = heading.level() == 1 ? 27f : 19f;
        if (heading.level() == 1) {
            if (!flow.pageIsBlank()) {
                flow.newPage();
            }
        } else {
            flow.space(10f);
            // Keep a section heading together with at least two lines of what follows it.
            if (!flow.fits(leading + 2 * BODY_LEADING)) {
                flow.newPage();
            }
        }
        flow.text(heading.text(), bold, size, leading, 0f, "", Align.LEFT);
        flow.space(heading.level() == 1 ? 10f : 4f);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(heading.text());
        item.setDestination(flow.page());
        return item;
    }

    private static void describe(PDDocument document, Handbook handbook, PDDocumentOutline outline) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(handbook.title());
        info.setAuthor(handbook.organisation());
        info.setSubject(handbook.subtitle().isEmpty() ? handbook.title() : handbook.subtitle());
        info.setCreator("Katalog innowacji – HandbookGenerator");
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.clear();
        date.set(handbook.date().getYear(), handbook.date().getMonthValue() - 1, handbook.date().getDayOfMonth());
        info.setCreationDate(date);
        info.setModificationDate(date);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(handbook.languageTag());
        catalog.setDocumentOutline(outline);
        catalog.setPageMode(PageMode.USE_OUTLINES);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);

        // Without an explicit ID PDFBox derives one from the current time, which breaks reproducibility.
        byte[] id = digest(handbook.toString());
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
