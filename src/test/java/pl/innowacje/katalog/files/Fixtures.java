package pl.innowacje.katalog.files;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Files made by the tests themselves, so nothing hostile or bulky is kept in the repository: broken and hostile
 * documents, a scan without a text layer, a PDF whose font map gives garbage, and a large handbook.
 */
public final class Fixtures {

    /** Plain Polish sentences (ASCII only, so a standard PDF font can draw them). */
    public static final List<String> SENTENCES = List.of(
            "Wspolpraca osrodka pomocy spolecznej z powiatowym urzedem pracy przynosi trwale efekty.",
            "Zespol wspolny przygotowuje indywidualny plan dzialania dla kazdej osoby bezrobotnej.",
            "Doradca zawodowy i pracownik socjalny spotykaja sie z uczestnikiem co dwa tygodnie.",
            "Pracodawcy z lokalnego rynku pracy oferuja staze i miejsca pracy dla absolwentow.",
            "Koordynator projektu zbiera dane o rezultatach i przekazuje je radzie zatrudnienia.");

    private Fixtures() {
    }

    /** A well-formed DOCX whose one text part expands from about 300 KB to 300 MB. */
    public static Path zipBombDocx(Path dir) throws IOException {
        Path bomb = dir.resolve("raport.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
                    + "package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>").getBytes());
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>").getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            zip.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    .concat("wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes());
            for (int i = 0; i < 300; i++) {
                zip.write(spaces);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes());
        }
        return bomb;
    }

    public static Path encryptedPdf(Path dir) throws IOException {
        Path locked = dir.resolve("zaszyfrowany.pdf");
        try (PDDocument doc = textPdf(1)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(locked.toFile());
        }
        return locked;
    }

    /** A text PDF cut off after its first 700 bytes. */
    public static Path truncatedPdf(Path dir) throws IOException {
        Path whole = textPdf(dir.resolve("caly.pdf"), 3);
        return Files.write(dir.resolve("uciety.pdf"), Arrays.copyOf(Files.readAllBytes(whole), 700));
    }

    /** An ELF binary (this machine's /bin/true) under a PDF's name. */
    public static Path executableNamedPdf(Path dir) throws IOException {
        Path fake = dir.resolve("podrecznik.pdf");
        try (OutputStream out = Files.newOutputStream(fake)) {
            Files.copy(Path.of("/bin/true"), out);
        }
        return fake;
    }

    public static Path textPdf(Path file, int pages) throws IOException {
        try (PDDocument doc = textPdf(pages)) {
            doc.save(file.toFile());
        }
        return file;
    }

    private static PDDocument textPdf(int pages) throws IOException {
        PDDocument doc = new PDDocument();
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (int p = 0; p < pages; p++) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            writeLines(doc, page, font, p, 4);
        }
        return doc;
    }

    private static void writeLines(PDDocument doc, PDPage page, PDType1Font font, int pageIndex, int repeats)
            throws IOException {
        try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
            text.beginText();
            text.setFont(font, 12);
            text.newLineAtOffset(50, 780);
            text.setLeading(18);
            for (int i = 0; i < repeats; i++) {
                for (String sentence : SENTENCES) {
                    text.showText(sentence.substring(0, Math.min(85, sentence.length())));
                    text.newLine();
                }
            }
            text.showText("Strona " + (pageIndex + 1));
            text.endText();
        }
    }

    /**
     * A text PDF whose font carries a broken map from glyphs to characters, as many PDFs of around 2010 do: it
     * looks right on screen and prints right, but its text layer reads as private-use symbols, as symbol fonts give.
     */
    public static Path garbledPdf(Path dir) throws IOException {
        Path file = dir.resolve("zepsute-czcionki.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            COSStream map = doc.getDocument().createCOSStream();
            try (OutputStream out = map.createOutputStream()) {
                out.write(("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                        + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                        + "/CMapName /Broken-UCS def /CMapType 2 def\n"
                        + "1 begincodespacerange <00> <FF> endcodespacerange\n"
                        + "1 beginbfrange <21> <7E> <E021> endbfrange\n"
                        + "endcmap CMapName currentdict /CMap defineresource pop end end\n")
                        .getBytes(StandardCharsets.US_ASCII));
            }
            font.getCOSObject().setItem(COSName.TO_UNICODE, map);
            for (int p = 0; p < 2; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                writeLines(doc, page, font, p, 1);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A scan: every page an image of Polish text, with no text layer at all. */
    public static Path scannedPdf(Path dir, List<String> pageTexts) throws IOException {
        Path file = dir.resolve("skan.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (String text : pageTexts) {
                BufferedImage image = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D g = image.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
                g.setColor(Color.BLACK);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setFont(new Font("DejaVu Sans", Font.PLAIN, 34));
                int y = 200;
                for (String line : text.split("\n")) {
                    g.drawString(line, 100, y);
                    y += 60;
                }
                g.dispose();
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject scan = LosslessFactory.createFromImage(doc, image);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(scan, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /**
     * A text PDF in Polish with its diacritics (drawn with DejaVu Sans, which CI installs), one page per text; lines
     * are split at {@code \n}.
     */
    public static Path polishPdf(Path file, List<String> pageTexts) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, new java.io.File(
                    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
            for (String text : pageTexts) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.setLeading(18);
                    content.newLineAtOffset(50, 780);
                    for (String line : text.split("\n")) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /**
     * A handbook of about {@code megabytes} MB: pages of text, each with a photograph-like image that does not
     * compress (random pixels), as in a designed handbook full of pictures. {@code marker} is on the first page.
     */
    public static Path largePdf(Path dir, int megabytes, String marker) throws IOException {
        Path file = dir.resolve("duzy-podrecznik.pdf");
        Random random = new Random(7);
        int pages = Math.max(1, megabytes * 2);
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                BufferedImage photo = new BufferedImage(420, 420, BufferedImage.TYPE_INT_RGB);
                for (int y = 0; y < photo.getHeight(); y++) {
                    for (int x = 0; x < photo.getWidth(); x++) {
                        photo.setRGB(x, y, random.nextInt(0x1000000));
                    }
                }
                PDImageXObject image = LosslessFactory.createFromImage(doc, photo);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(image, 50, 50, 300, 300);
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(50, 780);
                    content.showText(p == 0 ? marker : SENTENCES.get(p % SENTENCES.size()));
                    content.newLineAtOffset(0, -18);
                    content.showText("Strona " + (p + 1));
                    content.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
