package pl.innowacje.katalog.files;

import java.util.List;

/** The outcome of reading one file: its detected type, language and text page by page. */
public record Extraction(String mediaType, ExtractionStatus status, String message, String language,
        List<String> pages) {

    public Extraction {
        pages = List.copyOf(pages);
    }

    static Extraction failed(String mediaType, String message) {
        return new Extraction(mediaType, ExtractionStatus.FAILED, message, null, List.of());
    }
}
