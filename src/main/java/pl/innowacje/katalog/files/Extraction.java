package pl.innowacje.katalog.files;

import java.util.List;

/**
 * The outcome of reading one file: its detected type, how reading ended (with a reason code and a technical detail
 * when it was not plainly OK), its language and its text page by page.
 */
public record Extraction(String mediaType, ExtractionStatus status, ExtractionReason reason, String detail,
        String language, List<String> pages) {

    public Extraction {
        pages = List.copyOf(pages);
    }

    static Extraction failed(String mediaType, ExtractionReason reason, String detail) {
        return new Extraction(mediaType, ExtractionStatus.FAILED, reason, detail, null, List.of());
    }

    /** Text that a person could search: read in full or in part, or recognised from page images. */
    boolean hasUsableText() {
        return status == ExtractionStatus.OK || status == ExtractionStatus.PARTIAL || status == ExtractionStatus.OCR;
    }
}
