package pl.innowacje.katalog.tools.handbooks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a document in PDF, DOCX or ODT (by the target's extension) from a title and paragraphs, with the same
 * writers as the shipped handbooks. The benchmark uses it to turn corpus text into thousands of real files.
 */
public final class GeneratedDocuments {

    private static final int PARAGRAPHS_PER_CHAPTER = 6;

    private final FontFiles fonts = FontFiles.configured();

    /** Every few paragraphs start a new chapter, so documents have several pages and headings. */
    public void write(Path target, String title, List<String> paragraphs) throws IOException {
        List<Handbook.Block> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i % PARAGRAPHS_PER_CHAPTER == 0) {
                blocks.add(new Handbook.Heading(1, "Rozdział " + (i / PARAGRAPHS_PER_CHAPTER + 1)));
            }
            blocks.add(new Handbook.Paragraph(paragraphs.get(i)));
        }
        Handbook handbook = new Handbook(title, "", "Katalog innowacji społecznych", "pl", LocalDate.of(2025, 1, 1),
                target.getFileName(), blocks);
        HandbookWriter writer = switch (handbook.format()) {
            case PDF -> new PdfHandbookWriter(fonts);
            case DOCX -> new DocxHandbookWriter();
            case ODT -> new OdtHandbookWriter();
        };
        writer.write(handbook, target);
    }
}
