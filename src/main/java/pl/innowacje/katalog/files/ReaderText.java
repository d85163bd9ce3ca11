package pl.innowacje.katalog.files;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.apache.tika.parser.html.HtmlMapper;

/**
 * Tells the parser which parts of a document are text a reader sees. Stylesheets, scripts and an EPUB's package,
 * table-of-contents and container files are read by software, not people: indexed, they make {@code Georgia serif}
 * or a script's variable names find the document. An EPUB packed as a plain ZIP (with its files one folder down, as
 * some build tools leave it) is read part by part, so the same parts are left out there by name.
 */
final class ReaderText {

    /** Tika's HTML mapping, which already drops {@code style} and {@code script}, also dropping navigation. */
    static final HtmlMapper HTML = new DefaultHtmlMapper() {
        @Override
        public boolean isDiscardElement(String name) {
            return super.isDiscardElement(name.toUpperCase(Locale.ROOT)) || DISCARDED.contains(name.toLowerCase(
                    Locale.ROOT));
        }
    };

    private static final Set<String> DISCARDED = Set.of("style", "script", "nav", "template");

    private static final Set<String> NOT_READER_TYPES = Set.of("text/css", "text/javascript", "application/javascript",
            "application/x-javascript", "application/x-dtbncx+xml", "application/oebps-package+xml");
    private static final Pattern NOT_READER_NAMES = Pattern.compile(
            "(?i)(^|.*/)(mimetype|container\\.xml|[^/]*\\.(css|js|ncx|opf))");

    private ReaderText() {
    }

    /** For each part of a package or compound document: whether to read it at all. */
    static boolean isReaderText(Metadata part) {
        String name = part.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        if (name != null && NOT_READER_NAMES.matcher(name).matches()) {
            return false;
        }
        String type = part.get(Metadata.CONTENT_TYPE);
        if (type != null) {
            MediaType parsed = MediaType.parse(type);
            return parsed == null || !NOT_READER_TYPES.contains(parsed.getBaseType().toString());
        }
        return true;
    }
}
