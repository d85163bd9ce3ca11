package pl.innowacje.katalog.feeds;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import pl.innowacje.katalog.catalog.CatalogQueries;
import pl.innowacje.katalog.directory.Directory;
import pl.innowacje.katalog.news.News;
import pl.innowacje.katalog.search.SearchRequests;
import pl.innowacje.katalog.search.SearchService;
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

    private final FeedEntries entries;
    private final CatalogQueries catalog;
    private final Directory directory;
    private final News news;
    private final SearchService search;
    private final Markdown markdown;
    private final MessageSource messages;
    private final String site;
    private final String author;

    FeedController(FeedEntries entries, CatalogQueries catalog, Directory directory, News news, SearchService search,
            Markdown markdown, MessageSource messages, PortalProperties portal) {
        this.entries = entries;
        this.catalog = catalog;
        this.directory = directory;
        this.news = news;
        this.search = search;
        this.markdown = markdown;
        this.messages = messages;
        this.site = portal.siteUrl();
        this.author = portal.operator().name();
    }

    @GetMapping("/rozwiazania.atom")
    ResponseEntity<String> all(Locale locale) {
        return atom(text("feed.all", locale), "/rozwiazania.atom", "/rozwiazania", entries.all());
    }

    @GetMapping("/obszary/{slug}.atom")
    ResponseEntity<String> area(@PathVariable String slug, Locale locale) {
        String title = catalog.area(slug).orElseThrow(NotFound::new).title(locale);
        return atom(text("feed.area", locale, title), "/obszary/" + slug + ".atom", "/obszary/" + slug,
                entries.in(FeedEntries.Scope.AREA, slug));
    }

    @GetMapping("/bloki/{slug}.atom")
    ResponseEntity<String> block(@PathVariable String slug, Locale locale) {
        String title = catalog.block(slug).orElseThrow(NotFound::new).title(locale);
        return atom(text("feed.block", locale, title), "/bloki/" + slug + ".atom", "/bloki/" + slug,
                entries.in(FeedEntries.Scope.BLOCK, slug));
    }

    @GetMapping("/projekty/{slug}.atom")
    ResponseEntity<String> project(@PathVariable String slug, Locale locale) {
        String title = directory.project(slug).orElseThrow(NotFound::new).project().title();
        return atom(text("feed.project", locale, title), "/projekty/" + slug + ".atom", "/projekty/" + slug,
                entries.in(FeedEntries.Scope.PROJECT, slug));
    }

    /** The newest solutions a search finds: the search's own filters, newest first whatever order it asked. */
    @GetMapping("/szukaj.atom")
    ResponseEntity<String> search(HttpServletRequest request, Locale locale) {
        Map<String, String[]> parameters = new HashMap<>(request.getParameterMap());
        parameters.remove("page");
        parameters.remove("size");
        parameters.put("sort", new String[] {"newest"});
        SearchService.Ids found = search.ids(SearchRequests.from(parameters, 10), FeedEntries.SIZE);
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        String q = request.getParameter("q");
        String title = q == null || q.isBlank() ? text("feed.search.all", locale) : text("feed.search", locale, q);
        return atom(title, "/szukaj.atom" + query, "/szukaj" + query, entries.of(found.ids()));
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
