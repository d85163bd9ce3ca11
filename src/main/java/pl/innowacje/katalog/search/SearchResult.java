package pl.innowacje.katalog.search;

import java.util.List;
import java.util.Map;

import pl.innowacje.katalog.files.TextUnit;

/**
 * What a search found. Snippets are HTML-escaped text with matches in {@code <mark>}; {@code file}/{@code page} are set
 * for a passage from a handbook and null for one from the record, and {@code unit} says whether {@code page} numbers a
 * page (PDF) or a section (any other format). {@code relaxed} says the list goes on with solutions that have only
 * some of the words (after all that have every word). {@code corrected} says the query found nothing and these are
 * the results of {@code suggestion} instead.
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets, String suggestion,
        boolean relaxed, boolean corrected) {

    public record Hit(long id, String slug, String title, String status, List<Snippet> snippets) {
    }

    public record Snippet(String text, Long fileId, String fileTitle, Integer page, TextUnit unit) {
    }

    /** {@code parent} is the area of a block value, null elsewhere. */
    public record FacetValue(String value, long count, String parent) {
    }
}
