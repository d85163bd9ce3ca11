package pl.innowacje.katalog.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import pl.innowacje.katalog.catalog.CatalogQueries;
import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.catalog.Vocabulary;
import pl.innowacje.katalog.search.SearchRequests;
import pl.innowacje.katalog.search.SearchResult;
import pl.innowacje.katalog.search.SearchService;
import pl.innowacje.katalog.system.NotFound;

/** The catalogue read API: solutions, areas, thematic blocks and vocabularies, public records only. */
@RestController
@RequestMapping(value = "/api", produces = "application/json")
@Tag(name = "catalogue", description = "Solutions, areas, thematic blocks, vocabularies")
class CatalogApiController {

    private final CatalogQueries catalog;
    private final SearchService search;
    private final Vocabularies vocabularies;

    CatalogApiController(CatalogQueries catalog, SearchService search, Vocabularies vocabularies) {
        this.catalog = catalog;
        this.search = search;
        this.vocabularies = vocabularies;
    }

    @GetMapping("/solutions")
    @Operation(summary = "Public solutions, filtered and ordered as /api/search, as cards without passages or facet "
            + "counts")
    @Parameters({
        @Parameter(name = "q", in = ParameterIn.QUERY, description = "words, as typed in the search box"),
        @Parameter(name = "sort", in = ParameterIn.QUERY, description = "relevance (default), newest, title or downloads (most downloaded first)"),
        @Parameter(name = "page", in = ParameterIn.QUERY, description = "from 1"),
        @Parameter(name = "size", in = ParameterIn.QUERY, description = "1–100, default 20"),
        @Parameter(name = "area", in = ParameterIn.QUERY, description = "an area's slug; every facet of "
                + "/api/search (block, problem, user, beneficiary, form, region, programme, year, status, filetype) "
                + "filters the same way, repeated for OR")
    })
    ResponseEntity<ApiShapes.Page<ApiShapes.SolutionItem>> solutions(HttpServletRequest request) {
        var searchRequest = SearchRequests.from(request.getParameterMap(), 20);
        SearchResult result = search.search(searchRequest);
        List<ApiShapes.SolutionItem> items = catalog.cards(result.hits().stream().map(SearchResult.Hit::id).toList())
                .stream().map(ApiShapes::item).toList();
        return ReadResponses.ok(new ApiShapes.Page<>(result.total(), searchRequest.page(), searchRequest.size(),
                items));
    }

    @GetMapping("/solutions/{slug}")
    @Operation(summary = "One public solution with every field of its card, its files and their extraction outcome")
    ResponseEntity<ApiShapes.Solution> solution(@PathVariable String slug) {
        return ReadResponses.ok(ApiShapes.solution(catalog.solution(slug).orElseThrow(NotFound::new)));
    }

    @GetMapping("/areas")
    @Operation(summary = "Areas in order, each with its thematic blocks and public solution counts")
    ResponseEntity<List<ApiShapes.Area>> areas() {
        return ReadResponses.ok(catalog.areas().stream().map(ApiShapes::area).toList());
    }

    @GetMapping("/areas/{slug}")
    @Operation(summary = "One area with its thematic blocks")
    ResponseEntity<ApiShapes.Area> area(@PathVariable String slug) {
        return ReadResponses.ok(ApiShapes.area(catalog.area(slug).orElseThrow(NotFound::new)));
    }

    @GetMapping("/blocks")
    @Operation(summary = "Every thematic block, in the areas' order")
    ResponseEntity<List<ApiShapes.Block>> blocks() {
        return ReadResponses.ok(catalog.areas().stream().flatMap(a -> a.blocks().stream()).map(ApiShapes::block)
                .toList());
    }

    @GetMapping("/blocks/{slug}")
    @Operation(summary = "One thematic block: its card and its public solutions")
    ResponseEntity<ApiShapes.BlockDetail> block(@PathVariable String slug) {
        return ReadResponses.ok(ApiShapes.block(catalog.block(slug).orElseThrow(NotFound::new)));
    }

    @GetMapping("/vocabularies")
    @Operation(summary = "Every controlled vocabulary: codes with Polish and English labels")
    ResponseEntity<Map<String, List<ApiShapes.Term>>> vocabularies() {
        Map<String, List<ApiShapes.Term>> out = new LinkedHashMap<>();
        for (Vocabulary v : Vocabulary.values()) {
            out.put(v.name().toLowerCase(Locale.ROOT), vocabularies.terms(v).stream().map(ApiShapes::term).toList());
        }
        return ReadResponses.ok(out);
    }
}
