package pl.innowacje.katalog.search;

import java.util.List;
import java.util.Map;

import pl.innowacje.katalog.files.TextUnit;

/**
 * What a search found. Snippets are HTML-escaped text with matches in {@code <mark>}; {@code file}/{@code page} are set
 * for a passage from a handbook and null for one from the record, and {@code unit} says whether {@code page} numbers a
 * page (PDF) or a section (any other format). {@code relaxed} says no solution had every word, so these have some of
 * them.
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets, String suggestion,
        boolean relaxed) {

    public record Hit(long id, String slug, String title, String status, List<Snippet> snippets) {
    }

    public record Snippet(String text, Long fileId, String fileTitle, Integer page, TextUnit unit) {
    }

    /** {@code parent} is the area of a block value, null elsewhere. */
    public record FacetValue(String value, long count, String parent) {
    }
}
