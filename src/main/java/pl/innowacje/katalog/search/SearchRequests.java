package pl.innowacje.katalog.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a search from request parameters ({@code q, page, size, sort} and one parameter per facet, repeated for OR),
 * the same for the HTML page and the JSON API, so a results URL can be shared and reproduced. Bad values raise
 * {@link IllegalArgumentException} with a message for the user; unknown parameters are ignored.
 */
public final class SearchRequests {

    private SearchRequests() {
    }

    public static SearchRequest from(Map<String, String[]> parameters, int defaultSize) {
        String query = first(parameters, "q");
        int page = number(parameters, "page", 1);
        int size = number(parameters, "size", defaultSize);
        SearchRequest.Sort sort = sort(first(parameters, "sort"));
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String facet : SearchRequest.FACETS) {
            String[] values = parameters.get(facet);
            if (values != null) {
                List<String> kept = new ArrayList<>();
                for (String v : values) {
                    if (v != null && !v.isBlank() && v.length() <= 200 && !kept.contains(v.strip())) {
                        kept.add(v.strip());
                    }
                }
                if (!kept.isEmpty()) {
                    filters.put(facet, kept);
                }
            }
        }
        return new SearchRequest(query, page, size, sort, filters, "1".equals(first(parameters, "literal")));
    }

    private static SearchRequest.Sort sort(String value) {
        if (value == null || value.isBlank()) {
            return SearchRequest.Sort.RELEVANCE;
        }
        try {
            return SearchRequest.Sort.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sort must be relevance, newest, title or downloads");
        }
    }

    private static int number(Map<String, String[]> parameters, String name, int fallback) {
        String value = first(parameters, name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number");
        }
    }

    private static String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }
}
