package pl.innowacje.katalog.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import pl.innowacje.katalog.search.SearchRequest;

/**
 * Builds the search page's links from the current parameters: toggle a facet value, go to a page, sort. Only the
 * parameters a search knows are carried, so a link never grows with whatever else a URL was given.
 */
public final class SearchLinks {

    static final List<String> KNOWN = Stream.concat(Stream.of("q", "sort", "page", "size", "literal", "all"),
            SearchRequest.FACETS.stream()).toList();

    /** Values of one facet carried at most; characters of one value (the search reads 400 of a query). */
    static final int MAX_VALUES = 30;
    static final int MAX_LENGTH = 400;

    private final String path;
    private final Map<String, List<String>> params = new LinkedHashMap<>();

    SearchLinks(String path, Map<String, String[]> current) {
        this.path = path;
        for (String name : KNOWN) {
            String[] values = current.get(name);
            if (values != null) {
                // Bounded as the search itself bounds them: an address of any length gives links of a few hundred
                // characters, not copies of whatever it carried.
                boolean facet = SearchRequest.FACETS.contains(name) || "all".equals(name);
                params.put(name, Arrays.stream(values).limit(facet ? MAX_VALUES : 1)
                        .map(v -> v.length() <= MAX_LENGTH ? v : v.substring(0, MAX_LENGTH))
                        .collect(java.util.stream.Collectors.toCollection(ArrayList::new)));
            }
        }
    }

    /** The page's address with the current search: what a form's hidden fields and the chips start from. */
    public String path() {
        return path;
    }

    /** The same search without any facet filter. */
    public String clearFilters() {
        Map<String, List<String>> next = copy();
        SearchRequest.FACETS.forEach(next::remove);
        next.remove("page");
        return href(next);
    }

    public String query() {
        List<String> q = params.get("q");
        return q == null || q.isEmpty() ? "" : q.get(0);
    }

    public String toggle(String facet, String value) {
        Map<String, List<String>> next = copy();
        List<String> values = next.computeIfAbsent(facet, k -> new ArrayList<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        next.remove("page");
        return href(next);
    }

    public String page(int page) {
        Map<String, List<String>> next = copy();
        next.put("page", List.of(Integer.toString(page)));
        return href(next);
    }

    public String sort(String sort) {
        Map<String, List<String>> next = copy();
        next.put("sort", List.of(sort));
        next.remove("page");
        return href(next);
    }

    /** Facets the person asked to see in full ({@code all=<facet>}, repeatable). */
    public List<String> expanded() {
        return params.getOrDefault("all", List.of());
    }

    public String showAll(String facet) {
        Map<String, List<String>> next = copy();
        List<String> all = next.computeIfAbsent("all", k -> new ArrayList<>());
        if (!all.contains(facet)) {
            all.add(facet);
        }
        return href(next);
    }

    public String showFewer(String facet) {
        Map<String, List<String>> next = copy();
        List<String> all = next.getOrDefault("all", new ArrayList<>());
        all.remove(facet);
        if (all.isEmpty()) {
            next.remove("all");
        }
        return href(next);
    }

    /** The same search with the words exactly as typed: no spelling correction replaces them. */
    public String literal(String query) {
        Map<String, List<String>> next = copy();
        next.put("q", List.of(query));
        next.put("literal", List.of("1"));
        next.remove("page");
        return href(next);
    }

    public String withQuery(String query) {
        Map<String, List<String>> next = copy();
        next.put("q", List.of(query));
        next.remove("page");
        next.remove("literal");
        return href(next);
    }

    /** The same search as a file to download: {@code csv}, {@code xlsx} or {@code json}, from its first result. */
    public String download(String format) {
        Map<String, List<String>> next = copy();
        next.remove("page");
        next.remove("size");
        next.remove("all");
        if ("json".equals(format)) {
            next.put("format", List.of("json"));
            return href("/api/search", next);
        }
        return href("/szukaj." + format, next);
    }

    private Map<String, List<String>> copy() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        params.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
        return copy;
    }

    private String href(Map<String, List<String>> params) {
        return href(path, params);
    }

    private static String href(String path, Map<String, List<String>> params) {
        StringBuilder sb = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            for (String v : e.getValue()) {
                sb.append(sep).append(encode(e.getKey())).append('=').append(encode(v));
                sep = '&';
            }
        }
        return sb.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
