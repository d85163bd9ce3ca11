package pl.innowacje.katalog.exchange;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import pl.innowacje.katalog.search.SearchRequests;
import pl.innowacje.katalog.search.SearchService;
import pl.innowacje.katalog.system.PortalProperties;

/**
 * Any search as a file: {@code /szukaj.csv} and {@code /szukaj.xlsx} take the search page's parameters,
 * {@code /api/search?…&format=json} the API's (the same ones). The rows are the search's solutions in its order, at
 * most {@code portal.search.export-rows} of them; {@code X-Total-Count} says how many the search found.
 */
@RestController
class SearchExportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String NAME = "wyniki-wyszukiwania";

    private final SearchService search;
    private final ExportRows rows;
    private final int maxRows;

    SearchExportController(SearchService search, ExportRows rows, PortalProperties portal) {
        this.search = search;
        this.rows = rows;
        this.maxRows = portal.search().exportRows();
    }

    @GetMapping("/szukaj.csv")
    void csv(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        Found found = find(request, locale);
        start(response, "text/csv;charset=UTF-8", NAME + ".csv", found.total());
        ExportFormats.csv(found.rows(), response.getOutputStream());
    }

    @GetMapping("/szukaj.xlsx")
    void xlsx(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        Found found = find(request, locale);
        start(response, XLSX, NAME + ".xlsx", found.total());
        ExportFormats.xlsx(found.rows(), response.getOutputStream());
    }

    // One path has one GET in an OpenAPI description: the search's operation there names format=json.
    @Hidden
    @GetMapping(value = "/api/search", params = "format=json")
    void json(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        Found found = find(request, locale);
        start(response, "application/json", NAME + ".json", found.total());
        ExportFormats.json(found.total(), found.rows(), response.getOutputStream());
    }

    private record Found(long total, List<ExportRow> rows) {
    }

    private Found find(HttpServletRequest request, Locale locale) {
        // Page and size choose a page to show, not what a download holds: it starts at the first result.
        SearchService.Ids ids = search.ids(SearchRequests.from(withoutPaging(request.getParameterMap()), 10),
                maxRows);
        return new Found(ids.total(), rows.of(ids.ids(), locale));
    }

    private static Map<String, String[]> withoutPaging(Map<String, String[]> parameters) {
        Map<String, String[]> out = new java.util.HashMap<>(parameters);
        out.remove("page");
        out.remove("size");
        return out;
    }

    private static void start(HttpServletResponse response, String type, String file, long total) {
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build()
                .toString());
        response.setHeader("X-Total-Count", Long.toString(total));
    }

    /** A malformed search answers 400 with the reason, as the search page and the search API do. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }
}
