package pl.innowacje.katalog.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import pl.innowacje.katalog.catalog.CatalogQueries;
import pl.innowacje.katalog.feeds.FeedSolutions;

/**
 * Every interval ({@code portal.alerts.interval}, 15 minutes): removes subscriptions left unconfirmed for (nearly)
 * 48 hours, and sends each confirmed subscription that is due (a day or a week after its last digest) a digest of
 * the solutions of its feed that became public since, when there are any.
 */
@Component
class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);

    /** What one run did. */
    record Run(int purged, int sent, int failed) {
    }

    private final Subscriptions subscriptions;
    private final AlertMails mails;
    private final FeedSolutions feeds;
    private final JdbcClient jdbc;
    private final Duration interval;

    Digests(Subscriptions subscriptions, AlertMails mails, FeedSolutions feeds, JdbcClient jdbc,
            @Value("${portal.alerts.interval:PT15M}") Duration interval) {
        this.subscriptions = subscriptions;
        this.mails = mails;
        this.feeds = feeds;
        this.jdbc = jdbc;
        this.interval = interval;
    }

    @Scheduled(fixedDelayString = "${portal.alerts.interval:PT15M}", initialDelayString = "PT1M")
    void scheduled() {
        run(Instant.now());
    }

    synchronized Run run(Instant now) {
        // Purged one interval early, so that no unconfirmed address is kept longer than 48 hours.
        int purged = subscriptions.purge(now, Subscriptions.UNCONFIRMED_FOR.minus(interval));
        int sent = 0;
        int failed = 0;
        if (!mails.enabled()) {
            return new Run(purged, 0, 0);
        }
        for (Subscriptions.Subscription s : subscriptions.confirmed()) {
            if (s.seenUpTo().plus(s.frequency().every).isAfter(now)) {
                continue;
            }
            try {
                Locale locale = Locale.forLanguageTag(s.language());
                int q = s.feed().indexOf('?');
                List<Long> published = becamePublic(s.seenUpTo(), now);
                Optional<FeedSolutions.Feed> feed = published.isEmpty() ? Optional.empty()
                        : feeds.of(q < 0 ? s.feed() : s.feed().substring(0, q),
                                q < 0 ? null : s.feed().substring(q + 1), locale, published);
                List<FeedSolutions.Item> fresh = feed.map(FeedSolutions.Feed::items).orElse(List.of());
                if (!fresh.isEmpty()) {
                    mails.digest(s, feed.get().title(), fresh);
                    sent++;
                }
                subscriptions.sentUpTo(s.id(), now);
            } catch (Exception e) {
                // Tried again at the next run: the watermark did not move.
                failed++;
                log.warn("alert digest for subscription {} not sent: {}", s.id(), e.toString());
            }
        }
        if (purged + sent + failed > 0) {
            log.info("alerts: {} unconfirmed removed, {} digests sent, {} failed", purged, sent, failed);
        }
        return new Run(purged, sent, failed);
    }

    /**
     * The solutions whose latest step to a public status was after {@code from}, up to {@code to}: every one, so a
     * digest misses none however many arrive at once (the feed itself shows only the newest).
     */
    private List<Long> becamePublic(Instant from, Instant to) {
        return jdbc.sql("SELECT solution_id FROM solution_status_change WHERE to_status IN "
                        + CatalogQueries.PUBLIC_STATUSES + " GROUP BY solution_id HAVING MAX(changed_at) > ? "
                        + "AND MAX(changed_at) <= ?")
                .params(java.sql.Timestamp.from(from), java.sql.Timestamp.from(to)).query(Long.class).list();
    }
}
