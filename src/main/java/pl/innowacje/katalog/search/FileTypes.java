package pl.innowacje.katalog.search;

import java.util.Locale;
import java.util.Map;

/** The short file-type names people filter by (pdf, docx, odt…), from the detected media type. */
public final class FileTypes {

    private static final Map<String, String> BY_MEDIA_TYPE = Map.ofEntries(
            Map.entry("application/pdf", "pdf"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            Map.entry("application/msword", "doc"),
            Map.entry("application/vnd.oasis.opendocument.text", "odt"),
            Map.entry("application/rtf", "rtf"),
            Map.entry("text/html", "html"),
            Map.entry("application/xhtml+xml", "html"),
            Map.entry("application/epub+zip", "epub"),
            Map.entry("text/plain", "txt"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
            Map.entry("application/vnd.oasis.opendocument.presentation", "odp"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"));

    private FileTypes() {
    }

    public static String of(String mediaType) {
        String known = mediaType == null ? null : BY_MEDIA_TYPE.get(mediaType.toLowerCase(Locale.ROOT));
        return known != null ? known : "other";
    }
}
