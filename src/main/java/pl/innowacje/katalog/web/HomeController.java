package pl.innowacje.katalog.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

import pl.innowacje.katalog.catalog.CatalogQueries;
import pl.innowacje.katalog.regions.RegionMaps;
import pl.innowacje.katalog.search.FacetLabels;
import pl.innowacje.katalog.search.SearchRequest;
import pl.innowacje.katalog.search.SearchResult;
import pl.innowacje.katalog.search.KeptResults;
import pl.innowacje.katalog.system.PortalProperties;

@Controller
class HomeController {

    /** The home page's ways in beside the areas: by problem and by the people a solution helps. */
    static final List<String> WAYS_IN = List.of("problem", "beneficiary");
    static final int WAY_IN_VALUES = 8;

    /** Public, so compiled template expressions can read it without reflection. */
    public record WayIn(String label, long count, String href) {
    }

    /** A row of the home page's bar charts: {@code percent} of the longest bar. */
    public record Bar(String label, long count, String href, double percent) {
    }

    private final CatalogQueries catalog;
    private final KeptResults search;
    private final FacetLabels labels;
    private final PortalProperties properties;
    private final RegionMaps maps;

    HomeController(CatalogQueries catalog, KeptResults search, FacetLabels labels, PortalProperties properties,
            RegionMaps maps) {
        this.catalog = catalog;
        this.search = search;
        this.labels = labels;
        this.properties = properties;
        this.maps = maps;
    }

    @GetMapping("/")
    String home(Locale locale, Model model) {
        model.addAttribute("areas", catalog.areas());
        model.addAttribute("newest", catalog.newest(6));
        model.addAttribute("total", catalog.publicSolutionCount());
        // Every count below comes from the search itself, so each is what its link opens.
        SearchResult all = search.search(new SearchRequest("", 1, 1, SearchRequest.Sort.RELEVANCE, Map.of()));
        model.addAttribute("waysIn", waysIn(all, locale));
        Map<String, Long> regions = new LinkedHashMap<>();
        all.facets().getOrDefault("region", List.of()).forEach(v -> regions.put(v.value(), v.count()));
        model.addAttribute("map", maps.of(regions, List.of(), code -> searchFor("region", code), locale));
        model.addAttribute("byArea", bars(all, "area", locale));
        List<SearchResult.FacetValue> years = new ArrayList<>(all.facets().getOrDefault("year", List.of()));
        years.sort(Comparator.comparing(SearchResult.FacetValue::value));
        model.addAttribute("byYear", bars(years, "year", locale));
        return "home";
    }

    private List<Bar> bars(SearchResult all, String facet, Locale locale) {
        return bars(all.facets().getOrDefault(facet, List.of()), facet, locale);
    }

    private List<Bar> bars(List<SearchResult.FacetValue> values, String facet, Locale locale) {
        long max = values.stream().mapToLong(SearchResult.FacetValue::count).max().orElse(1);
        return values.stream().map(v -> new Bar(labels.label(facet, v.value(), locale), v.count(),
                searchFor(facet, v.value()), Math.round(1000.0 * v.count() / max) / 10.0)).toList();
    }

    private static String searchFor(String facet, String value) {
        return UriComponentsBuilder.fromPath("/szukaj").queryParam(facet, value).encode().build().toUriString();
    }

    /** The most frequent values of each way in. */
    private Map<String, List<WayIn>> waysIn(SearchResult all, Locale locale) {
        Map<String, List<WayIn>> out = new LinkedHashMap<>();
        for (String facet : WAYS_IN) {
            out.put(facet, all.facets().getOrDefault(facet, List.of()).stream().limit(WAY_IN_VALUES)
                    .map(v -> new WayIn(labels.label(facet, v.value(), locale), v.count(),
                            searchFor(facet, v.value())))
                    .toList());
        }
        return out;
    }

    @GetMapping("/deklaracja-dostepnosci")
    String accessibility(Model model) {
        model.addAttribute("a11y", properties.accessibility());
        model.addAttribute("baseUrl", properties.baseUrl());
        return "accessibility";
    }
}
