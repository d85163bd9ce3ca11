package pl.innowacje.katalog.api;

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

import pl.innowacje.katalog.search.Suggestions;

/**
 * {@code GET /api/suggest?q=PREFIX&lang=pl|en}: what the search box offers while someone types; see README "JSON
 * API". A prefix too short or too long to help answers an empty list; a missing {@code q} or an unknown language is
 * a 400 in the same shape as /api/search's.
 */
@Tag(name = "search", description = "Full-text search and autocomplete")
@RestController
@RequestMapping("/api")
class SuggestApiController {

    record Suggestion(String text, String kind, String url) {
    }

    record Response(List<Suggestion> suggestions) {
    }

    record Problem(String error) {
    }

    private static final Map<String, Locale> LANGUAGES = Map.of("pl", Locale.forLanguageTag("pl"),
            "en", Locale.ENGLISH);

    private final Suggestions suggestions;

    SuggestApiController(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    @Operation(summary = "What the search box offers while someone types: solutions, blocks, terms, words")
    @GetMapping(value = "/suggest", produces = "application/json")
    ResponseEntity<Response> suggest(HttpServletRequest request, Locale locale) {
        String q = request.getParameter("q");
        if (q == null) {
            throw new BadParameter("q is required");
        }
        String lang = request.getParameter("lang");
        Locale language = lang == null || lang.isBlank() ? locale : LANGUAGES.get(lang.strip());
        if (language == null) {
            throw new BadParameter("lang must be pl or en");
        }
        long start = System.nanoTime();
        List<Suggestion> found = suggestions.suggest(q, language).stream()
                .map(s -> new Suggestion(s.text(), s.kind().name().toLowerCase(Locale.ROOT), s.url())).toList();
        double millis = (System.nanoTime() - start) / 1e6;
        return ResponseEntity.ok().header("Server-Timing", String.format(Locale.ROOT, "suggest;dur=%.2f", millis))
                .body(new Response(found));
    }

    /** Only the request's own faults are 400: anything else is not the client's to fix. */
    static final class BadParameter extends RuntimeException {
        BadParameter(String message) {
            super(message, null, false, false);
        }
    }

    @ExceptionHandler(BadParameter.class)
    ResponseEntity<Problem> badRequest(BadParameter e) {
        return ResponseEntity.badRequest().body(new Problem(e.getMessage()));
    }
}
