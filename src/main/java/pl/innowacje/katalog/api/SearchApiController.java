package pl.innowacje.katalog.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import pl.innowacje.katalog.search.FacetLabels;
import pl.innowacje.katalog.search.SearchRequests;
import pl.innowacje.katalog.search.SearchResult;
import pl.innowacje.katalog.search.SearchService;

/**
 * {@code GET /api/search}: the JSON search contract other tools rely on. Its shape is fixed; see README "JSON API".
 */
@Tag(name = "search", description = "Full-text search and autocomplete")
@RestController
@RequestMapping("/api")
class SearchApiController {

    /** {@code unit} says what {@code page} numbers: {@code page} (PDF) or {@code section} (other formats). */
    record Snippet(String text, Long file, Integer page, String unit) {
    }

    record Hit(long id, String slug, String title, String url, String status, List<Snippet> snippets) {
    }

    record FacetValue(String value, String label, long count) {
    }

    /** {@code corrected}: these are the results of {@code suggestion} (see README, JSON API). */
    record Response(long total, List<Hit> hits, Map<String, List<FacetValue>> facets, String suggestion,
            boolean corrected) {
    }

    record Problem(String error) {
    }

    private final SearchService search;
    private final FacetLabels labels;

    SearchApiController(SearchService search, FacetLabels labels) {
        this.search = search;
        this.labels = labels;
    }

    @Operation(summary = "Full-text search with passages, facet counts and spelling correction (README, JSON API); "
            + "with format=json, every result as a download of rows (README, Downloading results)")
    @GetMapping(value = "/search", produces = "application/json")
    ResponseEntity<Response> search(HttpServletRequest request, Locale locale) {
        long start = System.nanoTime();
        SearchResult result = search.search(SearchRequests.from(request.getParameterMap(), 10));
        double millis = (System.nanoTime() - start) / 1e6;
        List<Hit> hits = new ArrayList<>();
        for (SearchResult.Hit h : result.hits()) {
            hits.add(new Hit(h.id(), h.slug(), h.title(), "/rozwiazania/" + h.slug(), h.status(),
                    h.snippets().stream().map(s -> new Snippet(s.text(), s.fileId(), s.page(),
                            s.unit() == null ? null : s.unit().key())).toList()));
        }
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        result.facets().forEach((dim, values) -> facets.put(dim, values.stream()
                .map(v -> new FacetValue(v.value(), labels.label(dim, v.value(), locale), v.count())).toList()));
        // Server-Timing shows the search's own time to any client (browser tools, benchmarks) without a log.
        return ResponseEntity.ok().header("Server-Timing", String.format(Locale.ROOT, "search;dur=%.2f", millis))
                .body(new Response(result.total(), hits, facets, result.suggestion(), result.corrected()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Problem> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(new Problem(e.getMessage()));
    }
}
