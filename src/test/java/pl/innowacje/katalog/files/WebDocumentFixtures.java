package pl.innowacje.katalog.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * HTML and EPUB handbooks as publishing tools make them: a stylesheet, scripts and a {@code <title>} in the head, and
 * for the EPUB a navigation document and an NCX table of contents beside the chapters. Only {@link #READER_TEXT} is
 * what a reader sees; every other marker below must never reach the extracted text.
 */
public final class WebDocumentFixtures {

    /** Sentences in the body of the documents, as a reader sees them. */
    public static final String[] READER_TEXT = {
        "Rozdział 1. Pierwsza rozmowa z uczestnikiem",
        "Doradca zawodowy spotyka się z osobą bezrobotną w ciągu trzech dni od zgłoszenia.",
        "Rozdział 2. Indywidualny plan działania",
        "Plan działania podpisują uczestnik, doradca i pracownik socjalny ośrodka pomocy.",
    };
    /** From the stylesheets, inline and linked: a font stack and a class name. */
    public static final String STYLE_MARKER = "Georgia";
    public static final String STYLE_CLASS_MARKER = "wyroznienie-ramka";
    /** From the scripts, in the head and in the body. */
    public static final String SCRIPT_MARKER = "licznikOdwiedzin";
    /** The document's title, which the HTML head carries and which a reader sees in the tab, not on the page. */
    public static final String TITLE_MARKER = "Tytuł karty przeglądarki";
    /** Only in the EPUB navigation document and the NCX: a table-of-contents entry no chapter repeats. */
    public static final String NAV_MARKER = "Spis treści nawigacji";
    public static final String NCX_MARKER = "Punkt nawigacji NCX";

    private static final String CSS = "body { font-family: Georgia, serif; }\n"
            + ".wyroznienie-ramka { border: 1px solid #333; }\n";

    private WebDocumentFixtures() {
    }

    /** One HTML page with a title, an inline stylesheet and scripts in the head and in the body. */
    public static Path html(Path dir) throws IOException {
        String html = """
                <!DOCTYPE html>
                <html lang="pl">
                <head>
                <meta charset="utf-8">
                <title>%s</title>
                <style>%s</style>
                <script>var licznikOdwiedzin = 0; function policz() { licznikOdwiedzin++; }</script>
                </head>
                <body>
                <h1>%s</h1>
                <p class="wyroznienie-ramka">%s</p>
                <script type="text/javascript">
                  document.addEventListener('load', function () { licznikOdwiedzin++; });
                </script>
                <h2>%s</h2>
                <p>%s</p>
                <style>p.uwaga { color: #600; }</style>
                </body>
                </html>
                """.formatted(TITLE_MARKER, CSS, READER_TEXT[0], READER_TEXT[1], READER_TEXT[2], READER_TEXT[3]);
        return Files.writeString(dir.resolve("podrecznik.html"), html, StandardCharsets.UTF_8);
    }

    /**
     * An EPUB 3 book: {@code mimetype} stored first, the container, a package document, a navigation document that is
     * also in the spine (as many tools put it), an NCX for older readers, a stylesheet and two chapters whose heads
     * carry the title, the stylesheet link and a script.
     */
    public static Path epub(Path dir) throws IOException {
        return epub(dir.resolve("podrecznik.epub"), "");
    }

    /**
     * The same book with all its files one folder down, as some build tools pack it: no longer an EPUB by its
     * structure, so it is read as a plain ZIP, part by part.
     */
    public static Path epubInAFolder(Path dir) throws IOException {
        return epub(dir.resolve("podrecznik-w-folderze.epub"), "podrecznik/");
    }

    private static Path epub(Path file, String folder) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            stored(zip, folder + "mimetype", "application/epub+zip");
            deflated(zip, folder + "META-INF/container.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                      <rootfiles>
                        <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
                      </rootfiles>
                    </container>
                    """);
            deflated(zip, folder + "OEBPS/content.opf", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id" xml:lang="pl">
                      <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                        <dc:identifier id="id">urn:uuid:6f1c2a52-3d0e-4c59-9a7e-2f4b8e1d0a11</dc:identifier>
                        <dc:title>%s</dc:title>
                        <dc:language>pl</dc:language>
                        <meta property="dcterms:modified">2025-01-01T00:00:00Z</meta>
                      </metadata>
                      <manifest>
                        <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
                        <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
                        <item id="css" href="styl.css" media-type="text/css"/>
                        <item id="r1" href="rozdzial-1.xhtml" media-type="application/xhtml+xml" properties="scripted"/>
                        <item id="r2" href="rozdzial-2.xhtml" media-type="application/xhtml+xml"/>
                      </manifest>
                      <spine toc="ncx">
                        <itemref idref="nav"/>
                        <itemref idref="r1"/>
                        <itemref idref="r2"/>
                      </spine>
                    </package>
                    """.formatted(TITLE_MARKER));
            deflated(zip, folder + "OEBPS/nav.xhtml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <!DOCTYPE html>
                    <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="pl">
                    <head><title>%s</title><link rel="stylesheet" type="text/css" href="styl.css"/></head>
                    <body>
                    <nav epub:type="toc" id="toc"><h1>%s</h1>
                      <ol><li><a href="rozdzial-1.xhtml">%s</a></li><li><a href="rozdzial-2.xhtml">%s</a></li></ol>
                    </nav>
                    <nav epub:type="landmarks" hidden="">
                      <ol><li><a epub:type="bodymatter" href="rozdzial-1.xhtml">Początek</a></li></ol>
                    </nav>
                    </body>
                    </html>
                    """.formatted(TITLE_MARKER, NAV_MARKER, READER_TEXT[0], READER_TEXT[2]));
            deflated(zip, folder + "OEBPS/toc.ncx", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
                      <head><meta name="dtb:uid" content="urn:uuid:6f1c2a52-3d0e-4c59-9a7e-2f4b8e1d0a11"/></head>
                      <docTitle><text>%s</text></docTitle>
                      <navMap>
                        <navPoint id="p1" playOrder="1">
                          <navLabel><text>%s</text></navLabel><content src="rozdzial-1.xhtml"/>
                        </navPoint>
                        <navPoint id="p2" playOrder="2">
                          <navLabel><text>%s</text></navLabel><content src="rozdzial-2.xhtml"/>
                        </navPoint>
                      </navMap>
                    </ncx>
                    """.formatted(TITLE_MARKER, NCX_MARKER, READER_TEXT[2]));
            deflated(zip, folder + "OEBPS/styl.css", CSS);
            deflated(zip, folder + "OEBPS/rozdzial-1.xhtml", chapter(READER_TEXT[0], READER_TEXT[1], true));
            deflated(zip, folder + "OEBPS/rozdzial-2.xhtml", chapter(READER_TEXT[2], READER_TEXT[3], false));
        }
        return file;
    }

    private static String chapter(String heading, String paragraph, boolean scripted) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="pl">
                <head>
                <title>%s</title>
                <link rel="stylesheet" type="text/css" href="styl.css"/>
                <style type="text/css">p { margin: 0; font-family: Georgia, serif; }</style>
                %s
                </head>
                <body>
                <section><h1>%s</h1>
                <style type="text/css">.wyroznienie-ramka { font-family: Georgia, serif; }</style>
                <p class="wyroznienie-ramka">%s</p>
                <script type="text/javascript">licznikOdwiedzin++;</script></section>
                </body>
                </html>
                """.formatted(TITLE_MARKER, scripted
                        ? "<script type=\"text/javascript\">var licznikOdwiedzin = 0;</script>" : "",
                heading, paragraph);
    }

    private static void stored(ZipOutputStream zip, String name, String text) throws IOException {
        byte[] data = text.getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry(name);
        CRC32 crc = new CRC32();
        crc.update(data);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        entry.setCompressedSize(data.length);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    private static void deflated(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
