package pl.innowacje.katalog.feeds;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import pl.innowacje.katalog.catalog.CatalogQueries;
import pl.innowacje.katalog.directory.Directory;
import pl.innowacje.katalog.search.SearchRequest;
import pl.innowacje.katalog.search.SearchRequests;
import pl.innowacje.katalog.search.SearchService;

/**
 * What a feed of solutions holds, by its address: {@code /rozwiazania.atom}, {@code /obszary|bloki|projekty/SLUG.atom}
 * or {@code /szukaj.atom?…} (the search's own filters, newest first). The Atom feeds are written from it, and e-mail
 * alerts follow the same feeds.
 */
@Service
public class FeedSolutions {

    /** A solution as a feed lists it. */
    public record Item(long id, String slug, String title, String summary) {
    }

    /** A feed: its title in the reader's language, and its solutions, the most recently changed first. */
    public record Feed(String title, List<Item> items) {
    }

    /** The same, with everything an Atom entry says. */
    record Found(String title, String page, List<FeedEntries.Entry> entries) {
    }

    private static final Pattern PLACE = Pattern.compile("/(obszary|bloki|projekty)/([a-z0-9-]+)\\.atom");

    private final FeedEntries entries;
    private final CatalogQueries catalog;
    private final Directory directory;
    private final SearchService search;
    private final MessageSource messages;

    FeedSolutions(FeedEntries entries, CatalogQueries catalog, Directory directory, SearchService search,
            MessageSource messages) {
        this.entries = entries;
        this.catalog = catalog;
        this.directory = directory;
        this.search = search;
        this.messages = messages;
    }

    /**
     * The feed at {@code path} with {@code query} (a search's parameters, may be null); empty when there is no such
     * feed (an unknown place, a path that is not a feed of solutions). A malformed search is an
     * {@link IllegalArgumentException}, as on the search page.
     */
    public Optional<Feed> of(String path, String query, Locale locale) {
        return of(path, query, locale, null);
    }

    /**
     * The feed's solutions among {@code among} alone (however many; a null {@code among}: the newest
     * {@value FeedEntries#SIZE}), in the feed's order. An e-mail digest asks for the solutions that became public
     * since the last one, so none is missed when many arrive at once.
     */
    public Optional<Feed> of(String path, String query, Locale locale, Collection<Long> among) {
        MultiValueMap<String, String> params = UriComponentsBuilder.newInstance().query(query).build()
                .getQueryParams();
        Map<String, String[]> map = new HashMap<>();
        params.forEach((k, v) -> map.put(decode(k), v.stream().map(FeedSolutions::decode).toArray(String[]::new)));
        return find(path, map, locale, among).map(f -> new Feed(f.title(), f.entries().stream()
                .map(e -> new Item(e.id(), e.slug(), e.title(), e.summary())).toList()));
    }

    Optional<Found> find(String path, Map<String, String[]> parameters, Locale locale) {
        return find(path, parameters, locale, null);
    }

    private Optional<Found> find(String path, Map<String, String[]> parameters, Locale locale,
            Collection<Long> among) {
        if ("/rozwiazania.atom".equals(path)) {
            return Optional.of(new Found(text("feed.all", locale), "/rozwiazania",
                    among == null ? entries.all() : entries.of(List.copyOf(among))));
        }
        if ("/szukaj.atom".equals(path)) {
            Map<String, String[]> p = new HashMap<>(parameters);
            p.remove("page");
            p.remove("size");
            p.put("sort", new String[] {"newest"});
            SearchService.Ids found = search.ids(SearchRequests.from(p, 10),
                    among == null ? FeedEntries.SIZE : SearchRequest.MAX_WINDOW);
            List<Long> ids = among == null ? found.ids()
                    : found.ids().stream().filter(Set.copyOf(among)::contains).toList();
            String[] q = parameters.get("q");
            String title = q == null || q.length == 0 || q[0].isBlank() ? text("feed.search.all", locale)
                    : text("feed.search", locale, q[0]);
            return Optional.of(new Found(title, "/szukaj", entries.of(ids)));
        }
        Matcher m = PLACE.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        String slug = m.group(2);
        String page = "/" + m.group(1) + "/" + slug;
        return switch (m.group(1)) {
            case "obszary" -> catalog.area(slug).map(a -> new Found(text("feed.area", locale, a.title(locale)),
                    page, entries.in(FeedEntries.Scope.AREA, slug, among)));
            case "bloki" -> catalog.block(slug).map(b -> new Found(text("feed.block", locale, b.title(locale)),
                    page, entries.in(FeedEntries.Scope.BLOCK, slug, among)));
            default -> directory.project(slug).map(p -> new Found(text("feed.project", locale,
                    p.project().title()), page, entries.in(FeedEntries.Scope.PROJECT, slug, among)));
        };
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
