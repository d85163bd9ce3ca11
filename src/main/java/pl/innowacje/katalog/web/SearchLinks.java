package pl.innowacje.katalog.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the search page's links from the current parameters: toggle a facet value, go to a page, sort. */
public final class SearchLinks {

    private final Map<String, List<String>> params = new LinkedHashMap<>();

    SearchLinks(Map<String, String[]> current) {
        current.forEach((k, v) -> {
            if (!"lang".equals(k)) {
                params.put(k, new ArrayList<>(Arrays.asList(v)));
            }
        });
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

    private Map<String, List<String>> copy() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        params.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
        return copy;
    }

    private static String href(Map<String, List<String>> params) {
        StringBuilder sb = new StringBuilder("/szukaj");
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
