package pl.innowacje.katalog.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts a reader's view of a solution page and download of a file. Counts wait in memory and are added to the
 * database every {@code portal.stats.flush-interval} (30 s) and at shutdown; each node adds its own, so nodes on one
 * database sum up. A crash loses at most the last interval's counts, which are statistics, not catalogue data.
 */
@Component
public class Usage {

    private static final Logger log = LoggerFactory.getLogger(Usage.class);

    enum Kind { VIEW, DOWNLOAD }

    /** One counter: a solution's views or a file's downloads ({@code id} is the file's) on one day. */
    record Key(Kind kind, long id, long solutionId, LocalDate day) {
    }

    private final Map<Key, Long> pending = new ConcurrentHashMap<>();
    private final UsageStore store;
    private final Visitors visitors;
    private final Clock clock;

    @Autowired
    Usage(UsageStore store, @Value("${portal.stats.robots:" + Visitors.ROBOTS + "}") String robots) {
        this(store, new Visitors(robots), Clock.system(Statistics.ZONE));
    }

    Usage(UsageStore store, Visitors visitors, Clock clock) {
        this.store = store;
        this.visitors = visitors;
        this.clock = clock;
    }

    /** A solution page was shown; counted when the request is a reader's. */
    public void viewed(long solutionId, HttpServletRequest request) {
        count(Kind.VIEW, solutionId, solutionId, request);
    }

    /** A file of a solution was downloaded whole (a PDF reader's later parts are not new downloads). */
    public void downloaded(long fileId, long solutionId, HttpServletRequest request) {
        count(Kind.DOWNLOAD, fileId, solutionId, request);
    }

    private void count(Kind kind, long id, long solutionId, HttpServletRequest request) {
        if (visitors.counts(request)) {
            pending.merge(new Key(kind, id, solutionId, LocalDate.now(clock)), 1L, Long::sum);
        }
    }

    /** Adds the counts held so far to the database; counts that could not be written wait for the next time. */
    @Scheduled(fixedDelayString = "${portal.stats.flush-interval:PT30S}", initialDelayString = "PT30S")
    public synchronized void flush() {
        Map<Key, Long> taken = new HashMap<>();
        for (Key key : pending.keySet()) {
            Long n = pending.remove(key);
            if (n != null) {
                taken.put(key, n);
            }
        }
        if (taken.isEmpty()) {
            return;
        }
        try {
            store.add(taken);
        } catch (RuntimeException e) {
            taken.forEach((key, n) -> pending.merge(key, n, Long::sum));
            log.warn("statistics not written, kept for the next try: {}", e.toString());
        }
    }

    @PreDestroy
    void close() {
        flush();
    }
}
