package pl.innowacje.katalog.web;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import pl.innowacje.katalog.system.CatalogueReadiness;
import pl.innowacje.katalog.system.PortalProperties;

/**
 * What the header and footer of every public page need: the link to the other language, which points at the page
 * being read with its query and filters (so switching language on a results page keeps the results), and the
 * operator's contact.
 */
@ControllerAdvice
class PageFrame {

    /** A query longer than this is not carried over: the link then opens the page itself in the other language. */
    static final int MAX_QUERY = 2_000;
    /** Only the parameters public pages know (a search's, and the compared solutions) travel with the link. */
    static final Set<String> KEPT = Stream.concat(SearchLinks.KNOWN.stream(), Stream.of("r")).collect(Collectors.toSet());

    private final PortalProperties.Operator operator;
    private final CatalogueReadiness readiness;

    PageFrame(PortalProperties properties, CatalogueReadiness readiness) {
        this.operator = properties.operator();
        this.readiness = readiness;
    }

    /** While the node starts, its pages say that what they show may not be the whole catalogue yet. */
    @ModelAttribute("catalogueLoading")
    boolean catalogueLoading() {
        return readiness.loading();
    }

    /** Every record is in, but the text of some handbooks is still being read: searches in it are not complete. */
    @ModelAttribute("handbooksLoading")
    boolean handbooksLoading() {
        return !readiness.loading() && readiness.readingHandbooks();
    }

    @ModelAttribute("operator")
    PortalProperties.Operator operator() {
        return operator;
    }

    @ModelAttribute("otherLanguageHref")
    String otherLanguageHref(HttpServletRequest request, Locale locale) {
        return href(request.getRequestURI().substring(request.getContextPath().length()), request.getQueryString(),
                "en".equals(locale.getLanguage()) ? "pl" : "en");
    }

    static String href(String path, String query, String language) {
        // One leading slash only: "//host/…" would be a link to another site.
        StringBuilder href = new StringBuilder("/").append(path.replaceFirst("^[/\\\\]+", "")).append('?');
        if (query != null && query.length() <= MAX_QUERY) {
            for (String pair : query.split("&")) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                if (KEPT.contains(name)) {
                    href.append(pair).append('&');
                }
            }
        }
        return href.append("lang=").append(language).toString();
    }
}
