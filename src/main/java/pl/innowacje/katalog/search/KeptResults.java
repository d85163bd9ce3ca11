package pl.innowacje.katalog.search;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import pl.innowacje.katalog.system.PortalProperties;

/**
 * Answers of the public pages' searches, kept while the index stays as it is. Real traffic repeats a few searches
 * very often (the home page's counts, a popular word, an area), and each answer costs the whole search. Every change
 * the index applies, this node's or one read from another node's log, starts a new generation: an answer is kept
 * under the generation it was asked in, so none is ever older than the index it would come from without it. The API
 * is answered fresh every time (its clients are programs, and its figure is measured against Lucene alone).
 */
@Component
public class KeptResults {

    private record Key(long generation, SearchRequest request) {
    }

    private final SearchService search;
    private final Cache<Key, SearchResult> kept;
    private final AtomicLong generation = new AtomicLong();

    @org.springframework.beans.factory.annotation.Autowired
    KeptResults(SearchService search, PortalProperties properties) {
        this(search, properties.search().keptResults());
    }

    KeptResults(SearchService search, int entries) {
        this.search = search;
        // Evicted at once when nothing is to be kept: no cache at all then.
        this.kept = entries > 0 ? Caffeine.newBuilder().maximumSize(entries).build() : null;
    }

    public SearchResult search(SearchRequest request) {
        if (kept == null) {
            return search.search(request);
        }
        // The generation is read before searching: an answer computed across a change is kept under the old one.
        Key key = new Key(generation.get(), request);
        SearchResult found = kept.getIfPresent(key);
        if (found == null) {
            // Searched outside the cache's lock: a computing entry would hold back other searches that share its bin.
            found = search.search(request);
            kept.put(key, found);
        }
        return found;
    }

    @EventListener
    void indexChanged(IndexFollower.Applied applied) {
        generation.incrementAndGet();
        if (kept != null) {
            kept.invalidateAll();
        }
    }
}
