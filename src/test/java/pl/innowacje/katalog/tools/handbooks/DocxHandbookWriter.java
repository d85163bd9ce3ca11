package pl.innowacje.katalog.tools.handbooks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.OptionalInt;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import pl.innowacje.katalog.tools.handbooks.Handbook.Block;
import pl.innowacje.katalog.tools.handbooks.Handbook.Heading;
import pl.innowacje.katalog.tools.handbooks.Handbook.ListItem;
import pl.innowacje.katalog.tools.handbooks.Handbook.PageBreak;
import pl.innowacje.katalog.tools.handbooks.Handbook.Paragraph;

/** Word document built with Apache POI, with real heading styles and list numbering. */
final class DocxHandbookWriter implements HandbookWriter {

    @Override
    public Written write(Handbook handbook, Path target) throws IOException {
        ByteArrayOutputStream packaged = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            DocxStyles.install(document, handbook.languageTag());
            titlePage(document, handbook);
            body(document, handbook);
            DocxStyles.pageSetup(document);
            describe(document, handbook);
            document.write(packaged);
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        // POI stamps zip entries with the current time; re-packing makes the file reproducible.
        try (OutputStream out = Files.newOutputStream(target);
             FixedTimeZip zip = new FixedTimeZip(out, handbook.date())) {
            zip.copyAll(packaged.toByteArray());
        }
        return new Written(target, OptionalInt.empty(), Files.size(target));
    }

    private static void titlePage(XWPFDocument document, Handbook handbook) {
        XWPFParagraph title = paragraph(document, DocxStyles.TITLE, handbook.title());
        title.setAlignment(ParagraphAlignment.CENTER);
        title.setSpacingBefore(4000);
        if (!handbook.subtitle().isEmpty()) {
            paragraph(document, DocxStyles.SUBTITLE, handbook.subtitle()).setAlignment(ParagraphAlignment.CENTER);
        }
        if (!handbook.organisation().isEmpty()) {
            XWPFParagraph organisation = paragraph(document, null, handbook.organisation());
            organisation.setAlignment(ParagraphAlignment.CENTER);
            organisation.setSpacingBefore(4500);
        }
    }

    private static void body(XWPFDocument document, Handbook handbook) {
        boolean breakPending = true; // the body never shares a page with the title
        BigInteger currentList = null;
        boolean currentOrdered = false;
        for (Block block : handbook.blocks()) {
            if (block instanceof PageBreak) {
                breakPending = true;
                continue;
            }
            XWPFParagraph paragraph;
            if (block instanceof Heading heading) {
                String style = heading.level() == 1 ? DocxStyles.HEADING_1 : DocxStyles.HEADING_2;
                paragraph = paragraph(document, style, heading.text());
                breakPending |= heading.level() == 1;
                currentList = null;
            } else if (block instanceof ListItem item) {
                if (currentList == null || currentOrdered != item.ordered()) {
                    int start = item.ordered() ? Integer.parseInt(item.marker().replace(".", "")) : 1;
                    currentList = DocxStyles.newList(document, item.ordered(), start);
                    currentOrdered = item.ordered();
                }
                paragraph = paragraph(document, DocxStyles.LIST, item.text());
                paragraph.setNumID(currentList);
                paragraph.setNumILvl(BigInteger.ZERO);
            } else {
                paragraph = paragraph(document, null, ((Paragraph) block).text());
                currentList = null;
            }
            if (breakPending) {
                paragraph.setPageBreak(true);
                breakPending = false;
            }
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        paragraph.createRun().setText(text);
        return paragraph;
    }

    private static void describe(XWPFDocument document, Handbook handbook) {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        core.setTitle(handbook.title());
        core.setCreator(handbook.organisation());
        core.setSubjectProperty(handbook.subtitle().isEmpty() ? handbook.title() : handbook.subtitle());
        Optional<Date> date = Optional.of(Date.from(handbook.date().atStartOfDay(ZoneOffset.UTC).toInstant()));
        core.setCreated(date);
        core.setModified(date);
        core.getUnderlyingProperties().setLanguageProperty(Optional.of(handbook.languageTag()));
    }
}
