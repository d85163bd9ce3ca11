package pl.innowacje.katalog.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * PDFs broken the two ways handbooks arrive broken, with text still to be read in them: cut off part-way (a download
 * that stopped), and damaged inside (a page whose font the reader cannot load). Each page ends with "Strona N".
 */
public final class BrokenPdfs {

    private BrokenPdfs() {
    }

    /**
     * Five pages saved as most PDFs of around 2010 were (a plain cross-reference table, objects in page order), cut
     * off where the content of page 4 begins: pages 1 to 3 are whole, the rest and the file's end are gone.
     */
    public static Path cutOff(Path dir) throws IOException {
        Path whole = dir.resolve("caly-podrecznik.pdf");
        try (PDDocument doc = pages(5)) {
            doc.save(whole.toFile(), CompressParameters.NO_COMPRESSION);
        }
        byte[] bytes = Files.readAllBytes(whole);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int pageFour = text.indexOf("(Strona 4) Tj");
        int objectStart = text.lastIndexOf('\n', text.lastIndexOf(" 0 obj", pageFour)) + 1;
        return Files.write(dir.resolve("przerwane-pobieranie.pdf"), Arrays.copyOf(bytes, objectStart));
    }

    /** Three whole pages, but the font of page 2 lacks what a Type 0 font must have, so that page cannot be read. */
    public static Path damagedFont(Path dir) throws IOException {
        Path file = dir.resolve("uszkodzona-czcionka.pdf");
        try (PDDocument doc = pages(3)) {
            COSDictionary fonts = doc.getPage(1).getResources().getCOSObject().getCOSDictionary(COSName.FONT);
            for (COSName name : fonts.keySet()) {
                COSDictionary broken = new COSDictionary();
                broken.setItem(COSName.TYPE, COSName.FONT);
                broken.setItem(COSName.SUBTYPE, COSName.TYPE0);
                fonts.setItem(name, broken);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** Uncompressed page contents, so a page's text can be found in the file's bytes. */
    private static PDDocument pages(int count) throws IOException {
        PDDocument doc = new PDDocument();
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (int p = 1; p <= count; p++) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page,
                    PDPageContentStream.AppendMode.OVERWRITE, false)) {
                content.beginText();
                content.setFont(font, 12);
                content.setLeading(18);
                content.newLineAtOffset(50, 780);
                for (String sentence : Fixtures.SENTENCES) {
                    content.showText(sentence);
                    content.newLine();
                }
                content.showText("Strona " + p);
                content.endText();
            }
        }
        return doc;
    }
}
