package pl.innowacje.katalog.search;

import java.util.List;
import java.util.Map;

/**
 * One search as a person or a client asked it. {@code filters} maps a facet name (see {@link #FACETS}) to the values
 * chosen; values of one facet are alternatives (OR), different facets all apply (AND).
 */
public record SearchRequest(String query, int page, int size, Sort sort, Map<String, List<String>> filters,
        boolean literal) {

    public static final List<String> FACETS = Fields.FACETS;
    public static final int MAX_SIZE = 100;
    /** Deep paging costs memory per request; nobody reads result 10,001 of a catalogue search. */
    public static final int MAX_WINDOW = 10_000;

    /** DOWNLOADS: the most downloaded first (all files of a solution, all time), newest among equals. */
    public enum Sort { RELEVANCE, NEWEST, TITLE, DOWNLOADS }

    public SearchRequest(String query, int page, int size, Sort sort, Map<String, List<String>> filters) {
        this(query, page, size, sort, filters, false);
    }

    public SearchRequest {
        query = query == null ? "" : query;
        filters = Map.copyOf(filters == null ? Map.of() : filters);
        if (page < 1 || size < 1 || size > MAX_SIZE || (long) page * size > MAX_WINDOW) {
            throw new IllegalArgumentException("page must be ≥ 1, size between 1 and " + MAX_SIZE
                    + ", and page × size at most " + MAX_WINDOW);
        }
        for (String facet : filters.keySet()) {
            if (!FACETS.contains(facet)) {
                throw new IllegalArgumentException("unknown facet '" + facet + "'");
            }
        }
    }
}
