package pl.innowacje.katalog.tools.handbooks;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

import pl.innowacje.katalog.tools.handbooks.Handbook.Block;
import pl.innowacje.katalog.tools.handbooks.Handbook.Heading;
import pl.innowacje.katalog.tools.handbooks.Handbook.ListItem;
import pl.innowacje.katalog.tools.handbooks.Handbook.PageBreak;
import pl.innowacje.katalog.tools.handbooks.Handbook.Paragraph;

/** OpenDocument text assembled directly as XML, which needs nothing beyond the JDK. */
final class OdtHandbookWriter implements HandbookWriter {

    // Automatic styles that add a page break to an element; the named styles carry the rest.
    private static final String AUTOMATIC_STYLES = """
            <office:automatic-styles>
            <style:style style:name="TitlePage" style:family="paragraph" style:parent-style-name="Title" style:master-page-name="First_20_Page"/>
            <style:style style:name="Chapter" style:family="paragraph" style:parent-style-name="Heading_20_1"><style:paragraph-properties fo:break-before="page"/></style:style>
            <style:style style:name="SectionAfterBreak" style:family="paragraph" style:parent-style-name="Heading_20_2"><style:paragraph-properties fo:break-before="page"/></style:style>
            <style:style style:name="BodyAfterBreak" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:break-before="page"/></style:style>
            <style:style style:name="ItemAfterBreak" style:family="paragraph" style:parent-style-name="List_20_Item"><style:paragraph-properties fo:break-before="page"/></style:style>
            <text:list-style style:name="Bullets">
            <text:list-level-style-bullet text:level="1" text:bullet-char="–"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.5cm" fo:margin-left="0.9cm"/></style:list-level-properties></text:list-level-style-bullet>
            </text:list-style>
            <text:list-style style:name="Numbers">
            <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.6cm" fo:margin-left="0.9cm"/></style:list-level-properties></text:list-level-style-number>
            </text:list-style>
            </office:automatic-styles>
            """;

    @Override
    public Written write(Handbook handbook, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(target);
             FixedTimeZip zip = new FixedTimeZip(out, handbook.date())) {
            // ODF readers sniff the type from an uncompressed first entry named "mimetype".
            zip.stored("mimetype", OdtStyles.MIME_TYPE.getBytes(UTF_8));
            zip.deflated("META-INF/manifest.xml", OdtStyles.manifest().getBytes(UTF_8));
            zip.deflated("meta.xml", OdtStyles.meta(handbook).getBytes(UTF_8));
            zip.deflated("styles.xml", OdtStyles.styles(handbook).getBytes(UTF_8));
            zip.deflated("content.xml", content(handbook).getBytes(UTF_8));
        }
        return new Written(target, OptionalInt.empty(), Files.size(target));
    }

    static String content(Handbook handbook) {
        StringBuilder xml = new StringBuilder(8192);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<office:document-content").append(OdtStyles.NAMESPACES).append(">\n")
                .append(AUTOMATIC_STYLES)
                .append("<office:body>\n<office:text>\n");
        paragraph(xml, "TitlePage", handbook.title());
        if (!handbook.subtitle().isEmpty()) {
            paragraph(xml, "Subtitle", handbook.subtitle());
        }
        if (!handbook.organisation().isEmpty()) {
            paragraph(xml, "Organisation", handbook.organisation());
        }
        boolean breakPending = true; // the body never shares a page with the title
        String openList = null;
        for (Block block : handbook.blocks()) {
            if (block instanceof PageBreak) {
                breakPending = true;
                continue;
            }
            String wantedList = block instanceof ListItem item ? (item.ordered() ? "Numbers" : "Bullets") : null;
            if (openList != null && !openList.equals(wantedList)) {
                xml.append("</text:list>\n");
                openList = null;
            }
            if (block instanceof Heading heading) {
                String style = heading.level() == 1 ? "Chapter" : breakPending ? "SectionAfterBreak" : "Heading_20_2";
                // The trailing <text:s/> is invisible, but Tika ends headings without a line break,
                // so without it a heading's last word fuses with the next paragraph's first word.
                xml.append("<text:h text:style-name=\"").append(style).append("\" text:outline-level=\"")
                        .append(heading.level()).append("\">").append(Xml.escape(heading.text()))
                        .append("<text:s/></text:h>\n");
            } else if (block instanceof Paragraph paragraph) {
                paragraph(xml, breakPending ? "BodyAfterBreak" : "Text_20_body", paragraph.text());
            } else if (block instanceof ListItem item) {
                if (openList == null) {
                    xml.append("<text:list text:style-name=\"").append(wantedList).append("\">\n");
                    openList = wantedList;
                    listItemStart(xml, item);
                } else {
                    xml.append("<text:list-item>");
                }
                paragraph(xml, breakPending ? "ItemAfterBreak" : "List_20_Item", item.text());
                xml.append("</text:list-item>\n");
            }
            breakPending = false;
        }
        if (openList != null) {
            xml.append("</text:list>\n");
        }
        return xml.append("</office:text>\n</office:body>\n</office:document-content>\n").toString();
    }

    /** A numbered list keeps the source's first number, e.g. a list continued after a paragraph. */
    private static void listItemStart(StringBuilder xml, ListItem item) {
        String number = item.marker().replace(".", "");
        if (item.ordered() && !"1".equals(number)) {
            xml.append("<text:list-item text:start-value=\"").append(Integer.parseInt(number)).append("\">");
        } else {
            xml.append("<text:list-item>");
        }
    }

    private static void paragraph(StringBuilder xml, String style, String text) {
        xml.append("<text:p text:style-name=\"").append(style).append("\">").append(Xml.escape(text)).append("</text:p>\n");
    }
}
