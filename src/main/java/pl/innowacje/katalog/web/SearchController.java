package pl.innowacje.katalog.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import pl.innowacje.katalog.catalog.SolutionCards;
import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.regions.RegionMaps;
import pl.innowacje.katalog.search.FacetLabels;
import pl.innowacje.katalog.search.SearchRequest;
import pl.innowacje.katalog.search.SearchRequests;
import pl.innowacje.katalog.search.SearchResult;
import pl.innowacje.katalog.search.KeptResults;

/** The search page: results, facets whose links add or remove a value, paging and sorting, all in the URL. */
@Controller
class SearchController {

    static final int PAGE_SIZE = 10;
    /** A page lists the most frequent values of each facet first; "show all" (the {@code all} parameter) the rest. */
    static final int FACET_VALUES_SHOWN = 12;

    /** Public, so compiled template expressions can read it without reflection. */
    public record FacetLink(String value, String label, long count, boolean selected, String href,
            String parentLabel) {
    }

    /** {@code hidden}: values left out of the first view; {@code expanded}: the person asked for all of them. */
    public record FacetGroup(String name, List<FacetLink> values, int hidden, boolean expanded) {
    }

    private final KeptResults search;
    private final FacetLabels labels;
    private final SolutionCards cards;
    private final Vocabularies vocabularies;
    private final RegionMaps maps;

    SearchController(KeptResults search, FacetLabels labels, SolutionCards cards, Vocabularies vocabularies,
            RegionMaps maps) {
        this.search = search;
        this.labels = labels;
        this.cards = cards;
        this.vocabularies = vocabularies;
        this.maps = maps;
    }

    @GetMapping("/szukaj")
    String search(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        model.addAttribute("listing", false);
        return page("/szukaj", request, response, locale, model);
    }

    /** Every public solution, with the same filters and sorting as the search; by title unless asked otherwise. */
    @GetMapping("/rozwiazania")
    String all(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        model.addAttribute("listing", true);
        return page("/rozwiazania", request, response, locale, model);
    }

    private String page(String path, HttpServletRequest request, HttpServletResponse response, Locale locale,
            Model model) {
        Map<String, String[]> params = request.getParameterMap();
        SearchLinks links = new SearchLinks(path, params);
        model.addAttribute("q", links.query());
        model.addAttribute("links", links);
        SearchRequest parsed;
        try {
            parsed = SearchRequests.from(params, PAGE_SIZE);
            if ("/rozwiazania".equals(path) && params.get("sort") == null && links.query().isBlank()) {
                parsed = new SearchRequest("", parsed.page(), parsed.size(), SearchRequest.Sort.TITLE,
                        parsed.filters(), parsed.literal());
            }
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", e.getMessage());
            return "search";
        }
        SearchResult result = search.search(parsed);
        long pages = Math.min((result.total() + parsed.size() - 1) / parsed.size(),
                SearchRequest.MAX_WINDOW / parsed.size());
        if (parsed.page() > 1 && parsed.page() > pages) {
            // A page past the end (an old link, a hand-typed number) opens the last page there is.
            return "redirect:" + links.page((int) Math.max(pages, 1));
        }
        model.addAttribute("request", parsed);
        model.addAttribute("result", result);
        List<FacetGroup> groups = facetGroups(result, parsed, links, locale);
        model.addAttribute("facets", groups);
        model.addAttribute("selectedCount",
                groups.stream().flatMap(g -> g.values().stream()).filter(FacetLink::selected).count());
        model.addAttribute("vocab", vocabularies);
        model.addAttribute("cards", cards.of(result.hits().stream().map(SearchResult.Hit::id).toList()));
        model.addAttribute("pages", pages);
        Map<String, Long> regions = new LinkedHashMap<>();
        result.facets().getOrDefault("region", List.of()).forEach(v -> regions.put(v.value(), v.count()));
        model.addAttribute("map", maps.of(regions, parsed.filters().getOrDefault("region", List.of()),
                code -> links.toggle("region", code), locale));
        return "search";
    }

    private List<FacetGroup> facetGroups(SearchResult result, SearchRequest request, SearchLinks links,
            Locale locale) {
        List<FacetGroup> groups = new ArrayList<>();
        List<String> expanded = links.expanded();
        result.facets().forEach((dim, values) -> {
            List<String> chosen = request.filters().getOrDefault(dim, List.of());
            List<FacetLink> out = new ArrayList<>();
            boolean all = expanded.contains(dim);
            int hidden = 0;
            for (SearchResult.FacetValue v : values) {
                boolean selected = chosen.contains(v.value());
                if (!selected && !all && out.size() >= FACET_VALUES_SHOWN) {
                    hidden++;
                    continue;
                }
                out.add(new FacetLink(v.value(), labels.label(dim, v.value(), locale), v.count(), selected,
                        links.toggle(dim, v.value()),
                        v.parent() == null ? null : labels.label("area", v.parent(), locale)));
            }
            // A chosen value with no hits left still shows, so it can be removed.
            for (String value : chosen) {
                if (values.stream().noneMatch(v -> v.value().equals(value))) {
                    out.add(new FacetLink(value, labels.label(dim, value, locale), 0, true,
                            links.toggle(dim, value), null));
                }
            }
            if (!out.isEmpty()) {
                groups.add(new FacetGroup(dim, out, hidden, all && values.size() > FACET_VALUES_SHOWN));
            }
        });
        return groups;
    }
}
