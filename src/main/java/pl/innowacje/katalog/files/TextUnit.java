package pl.innowacje.katalog.files;

import java.util.Locale;

/**
 * What the numbered parts of a file's text are. A PDF has pages, and part N is page N of the document. Other formats
 * (DOCX, ODT, HTML, EPUB, plain text…) have no pages that everyone sees alike, so their text is cut into sections of
 * about {@code portal.extraction.characters-per-section} characters at paragraph ends; calling those "pages" would
 * send a reader to the wrong place.
 */
public enum TextUnit {
    PAGE,
    SECTION;

    /** Decided by the detected type alone, so extraction, the index and the pages always agree. */
    public static TextUnit of(String mediaType) {
        return "application/pdf".equals(mediaType) ? PAGE : SECTION;
    }

    /** The name used in the index and in the JSON API: {@code page} or {@code section}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The unit for a {@link #key()}, or null for anything else. */
    public static TextUnit ofKey(String key) {
        for (TextUnit unit : values()) {
            if (unit.key().equals(key)) {
                return unit;
            }
        }
        return null;
    }
}
