package pl.innowacje.katalog.tools.handbooks;

import java.time.format.DateTimeFormatter;

/**
 * The static parts of an ODT package: named styles, metadata and manifest. The page footer holds
 * the bare page number, because Tika copies footer text into the extracted text.
 */
final class OdtStyles {

    static final String MIME_TYPE = "application/vnd.oasis.opendocument.text";
    static final String VERSION = "1.2";

    static final String NAMESPACES = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
            + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " office:version=\"" + VERSION + "\"";

    private OdtStyles() {
    }

    static String styles(Handbook handbook) {
        String[] language = handbook.languageTag().split("-");
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-styles%s>
                <office:font-face-decls>
                <style:font-face style:name="Arial" svg:font-family="Arial" style:font-family-generic="swiss" style:font-pitch="variable"/>
                </office:font-face-decls>
                <office:styles>
                <style:default-style style:family="paragraph">
                <style:text-properties style:font-name="Arial" fo:font-size="11pt" fo:language="%s" fo:country="%s"/>
                </style:default-style>
                <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
                <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
                <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.21cm" fo:line-height="130%%"/>
                </style:style>
                <style:style style:name="List_20_Item" style:display-name="List Item" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list">
                <style:paragraph-properties fo:margin-bottom="0.1cm"/>
                </style:style>
                <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
                <style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/>
                <style:text-properties fo:font-weight="bold"/>
                </style:style>
                <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text">
                <style:text-properties fo:font-size="20pt" fo:font-weight="bold"/>
                </style:style>
                <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text">
                <style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>
                </style:style>
                <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
                <style:paragraph-properties fo:text-align="center" fo:margin-top="7cm" fo:margin-bottom="0.5cm"/>
                <style:text-properties fo:font-size="26pt" fo:font-weight="bold"/>
                </style:style>
                <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
                <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.5cm"/>
                <style:text-properties fo:font-size="15pt"/>
                </style:style>
                <style:style style:name="Organisation" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
                <style:paragraph-properties fo:text-align="center" fo:margin-top="8cm"/>
                <style:text-properties fo:font-size="12pt"/>
                </style:style>
                <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
                <style:paragraph-properties fo:text-align="center"/>
                <style:text-properties fo:font-size="9pt"/>
                </style:style>
                <text:outline-style style:name="Outline">
                <text:outline-level-style text:level="1" style:num-format=""/>
                <text:outline-level-style text:level="2" style:num-format=""/>
                </text:outline-style>
                </office:styles>
                <office:automatic-styles>
                <style:page-layout style:name="pm1">
                <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>
                <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
                </style:page-layout>
                </office:automatic-styles>
                <office:master-styles>
                <style:master-page style:name="Standard" style:page-layout-name="pm1">
                <style:footer><text:p text:style-name="Footer"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
                </style:master-page>
                <style:master-page style:name="First_20_Page" style:display-name="First Page" style:page-layout-name="pm1" style:next-style-name="Standard"/>
                </office:master-styles>
                </office:document-styles>
                """.formatted(NAMESPACES, language[0], language[1]);
    }

    static String meta(Handbook handbook) {
        String date = handbook.date().atStartOfDay().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        String subject = handbook.subtitle().isEmpty() ? handbook.title() : handbook.subtitle();
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-meta%s>
                <office:meta>
                <meta:generator>Katalog innowacji HandbookGenerator</meta:generator>
                <dc:title>%s</dc:title>
                <dc:subject>%s</dc:subject>
                <meta:initial-creator>%s</meta:initial-creator>
                <dc:creator>%s</dc:creator>
                <meta:creation-date>%s</meta:creation-date>
                <dc:date>%s</dc:date>
                <dc:language>%s</dc:language>
                </office:meta>
                </office:document-meta>
                """.formatted(NAMESPACES, Xml.escape(handbook.title()), Xml.escape(subject),
                Xml.escape(handbook.organisation()), Xml.escape(handbook.organisation()), date, date,
                handbook.languageTag());
    }

    static String manifest() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="%s">
                <manifest:file-entry manifest:full-path="/" manifest:version="%s" manifest:media-type="%s"/>
                <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
                <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """.formatted(VERSION, VERSION, MIME_TYPE);
    }
}
