package pl.innowacje.katalog.discovery;

import java.util.List;

/**
 * A solution in the fifteen Dublin Core elements (those it has), as the page's {@code DC.*} meta tags and the
 * OAI-PMH {@code oai_dc} records give it: one mapping for both.
 */
public record DublinCore(String title, String alternativeTitle, List<String> creators, List<String> subjects,
        String description, String publisher, List<String> contributors, String date, List<String> types,
        List<String> formats, String identifier, String language, List<String> relations, List<String> coverage,
        String rights) {
}
