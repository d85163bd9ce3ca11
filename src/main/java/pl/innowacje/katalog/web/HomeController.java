package pl.innowacje.katalog.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

import pl.innowacje.katalog.catalog.CatalogQueries;
import pl.innowacje.katalog.search.FacetLabels;
import pl.innowacje.katalog.search.SearchRequest;
import pl.innowacje.katalog.search.SearchResult;
import pl.innowacje.katalog.search.SearchService;
import pl.innowacje.katalog.system.PortalProperties;

@Controller
class HomeController {

    /** The home page's ways in beside the areas: by problem and by the people a solution helps. */
    static final List<String> WAYS_IN = List.of("problem", "beneficiary");
    static final int WAY_IN_VALUES = 8;

    /** Public, so compiled template expressions can read it without reflection. */
    public record WayIn(String label, long count, String href) {
    }

    private final CatalogQueries catalog;
    private final SearchService search;
    private final FacetLabels labels;
    private final PortalProperties properties;

    HomeController(CatalogQueries catalog, SearchService search, FacetLabels labels, PortalProperties properties) {
        this.catalog = catalog;
        this.search = search;
        this.labels = labels;
        this.properties = properties;
    }

    @GetMapping("/")
    String home(Locale locale, Model model) {
        model.addAttribute("areas", catalog.areas());
        model.addAttribute("newest", catalog.newest(6));
        model.addAttribute("total", catalog.publicSolutionCount());
        model.addAttribute("waysIn", waysIn(locale));
        return "home";
    }

    /** The most frequent values, counted by the search itself, so each count is what its link opens. */
    private Map<String, List<WayIn>> waysIn(Locale locale) {
        SearchResult all = search.search(new SearchRequest("", 1, 1, SearchRequest.Sort.RELEVANCE, Map.of()));
        Map<String, List<WayIn>> out = new LinkedHashMap<>();
        for (String facet : WAYS_IN) {
            out.put(facet, all.facets().getOrDefault(facet, List.of()).stream().limit(WAY_IN_VALUES)
                    .map(v -> new WayIn(labels.label(facet, v.value(), locale), v.count(),
                            UriComponentsBuilder.fromPath("/szukaj").queryParam(facet, v.value()).encode().build()
                                    .toUriString()))
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
