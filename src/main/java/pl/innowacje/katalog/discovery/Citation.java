package pl.innowacje.katalog.discovery;

import java.util.List;

/**
 * How a solution page is cited and described to machines: the text and BibTeX of its "Cytuj" box, the Dublin Core
 * and {@code citation_*} meta tags of its head, and its schema.org description as JSON-LD.
 */
public record Citation(String url, String text, String bibtex, List<Meta> meta, String jsonLd) {

    /** One {@code <meta name content>} tag. */
    public record Meta(String name, String content) {
    }
}
