package pl.innowacje.katalog.feeds;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Which Atom feed a public page offers in its head ({@code <link rel="alternate">}): the page's own address with
 * {@code .atom}, the search's with its filters; pages that list nothing offer none.
 */
@ControllerAdvice(basePackages = {"pl.innowacje.katalog.web", "pl.innowacje.katalog.directory",
    "pl.innowacje.katalog.news"})
class FeedLinks {

    /** The search's parameters travel with its feed, at most this much of them (a page with more offers none). */
    static final int MAX_QUERY = 2_000;
    private static final Pattern PLACE = Pattern.compile("/(obszary|bloki|projekty)/[a-z0-9-]+");

    @ModelAttribute("feed")
    String feed(HttpServletRequest request) {
        return of(request.getServletPath(), request.getQueryString());
    }

    /** The feed's address for a page at {@code path} with {@code query} (may be null), or null when it has none. */
    static String of(String path, String query) {
        String q = query == null ? "" : query.replaceAll("(^|&)(page|size|sort|all|lang)=[^&]*", "")
                .replaceFirst("^&", "");
        if (q.length() > MAX_QUERY) {
            return null;
        }
        if ("/".equals(path) || "/rozwiazania".equals(path) && q.isEmpty()) {
            return "/rozwiazania.atom";
        }
        if ("/szukaj".equals(path) || "/rozwiazania".equals(path)) {
            return "/szukaj.atom" + (q.isEmpty() ? "" : "?" + q);
        }
        if ("/aktualnosci".equals(path)) {
            return "/aktualnosci.atom";
        }
        return PLACE.matcher(path).matches() ? path + ".atom" : null;
    }
}
