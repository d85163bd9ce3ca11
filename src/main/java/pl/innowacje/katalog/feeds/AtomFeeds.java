package pl.innowacje.katalog.feeds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

/** Writes Atom 1.0 documents with ROME; addresses are absolute, starting with the portal's configured address. */
final class AtomFeeds {

    /** One item of a feed, whatever it lists: a solution or a news item. */
    record Item(String title, String path, String summary, Instant published, Instant updated, String author) {
    }

    private AtomFeeds() {
    }

    /**
     * A feed of {@code items} at {@code selfPath}, about the page at {@code pagePath}. An empty feed is dated by
     * {@code fallback} (Atom requires a date), a full one by its newest item.
     */
    static String write(String site, String title, String selfPath, String pagePath, List<Item> items,
            String author, Instant fallback) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setUri(site + selfPath);
        feed.setAuthor(author);
        feed.setLanguage("pl");
        feed.setLinks(List.of(link("alternate", site + pagePath, "text/html"),
                link("self", site + selfPath, "application/atom+xml")));
        feed.setPublishedDate(Date.from(items.stream().map(Item::updated).max(Comparator.naturalOrder())
                .orElse(fallback)));
        List<SyndEntry> entries = new ArrayList<>();
        for (Item item : items) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(item.title());
            entry.setLink(site + item.path());
            entry.setUri(site + item.path());
            entry.setAuthor(item.author() == null ? author : item.author());
            entry.setUpdatedDate(Date.from(item.updated()));
            if (item.published() != null) {
                entry.setPublishedDate(Date.from(item.published()));
            }
            if (item.summary() != null && !item.summary().isBlank()) {
                SyndContent summary = new SyndContentImpl();
                summary.setType("text");
                summary.setValue(item.summary());
                entry.setDescription(summary);
            }
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("feed could not be written: " + e.getMessage(), e);
        }
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
