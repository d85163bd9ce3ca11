package pl.innowacje.katalog.feeds;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import pl.innowacje.katalog.news.News;
import pl.innowacje.katalog.system.Markdown;
import pl.innowacje.katalog.system.NotFound;
import pl.innowacje.katalog.system.PortalProperties;

/**
 * Atom feeds of new and changed public solutions (all, per area, per block, per project, per search) and of the
 * news: each page that lists something links its feed ({@link FeedLinks}), at its own address plus {@code .atom}.
 */
@RestController
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final int SUMMARY = 400;

    private final FeedSolutions solutions;
    private final News news;
    private final Markdown markdown;
    private final MessageSource messages;
    private final String site;
    private final String author;

    FeedController(FeedSolutions solutions, News news, Markdown markdown, MessageSource messages,
            PortalProperties portal) {
        this.solutions = solutions;
        this.news = news;
        this.markdown = markdown;
        this.messages = messages;
        this.site = portal.siteUrl();
        this.author = portal.operator().name();
    }

    @GetMapping({"/rozwiazania.atom", "/obszary/{slug}.atom", "/bloki/{slug}.atom", "/projekty/{slug}.atom",
        "/szukaj.atom"})
    ResponseEntity<String> solutions(HttpServletRequest request, Locale locale) {
        String path = request.getServletPath();
        FeedSolutions.Found found = solutions.find(path, request.getParameterMap(), locale)
                .orElseThrow(NotFound::new);
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        return atom(found.title(), path + query, found.page() + query, found.entries());
    }

    @GetMapping("/aktualnosci.atom")
    ResponseEntity<String> news(Locale locale) {
        List<AtomFeeds.Item> items = news.all().stream().limit(FeedEntries.SIZE).map(n -> {
            Instant day = n.date().atStartOfDay(ZoneOffset.UTC).toInstant();
            String text = markdown.toText(n.body()).strip();
            return new AtomFeeds.Item(n.title(), "/aktualnosci/" + n.slug(), shorten(text), day, day, null);
        }).toList();
        return ResponseEntity.ok().contentType(ATOM).body(AtomFeeds.write(site, text("feed.news", locale),
                "/aktualnosci.atom", "/aktualnosci", items, author, Instant.now()));
    }

    private ResponseEntity<String> atom(String title, String self, String page, List<FeedEntries.Entry> list) {
        List<AtomFeeds.Item> items = list.stream().map(e -> new AtomFeeds.Item(e.title(), "/rozwiazania/" + e.slug(),
                e.summary(), e.published(), e.updated(), e.implementer())).toList();
        return ResponseEntity.ok().contentType(ATOM).body(AtomFeeds.write(site, title, self, page, items, author,
                Instant.now()));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static String shorten(String text) {
        if (text.length() <= SUMMARY) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY);
        return text.substring(0, cut > 0 ? cut : SUMMARY) + " …";
    }

    /** A malformed search answers 400 with the reason, as the search page does. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }
}
