package pl.innowacje.katalog.alerts;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Addresses that follow a feed by e-mail. A subscription starts unconfirmed and is kept so for 48 hours at most; its
 * random token, sent only to the address, confirms it and unsubscribes it. An address may hold one subscription per
 * feed; asking again within ten minutes sends nothing, so the form cannot be used to flood someone's mailbox.
 */
@Service
@Transactional
class Subscriptions {

    enum Frequency {
        DAILY(Duration.ofDays(1)), WEEKLY(Duration.ofDays(7));

        final Duration every;

        Frequency(Duration every) {
            this.every = every;
        }
    }

    record Subscription(long id, String email, String feed, Frequency frequency, String language, String token,
            Instant createdAt, Instant confirmedAt, Instant sentUpTo) {

        /** Solutions that became public after this moment are new to the subscriber. */
        Instant seenUpTo() {
            return sentUpTo != null ? sentUpTo : confirmedAt;
        }
    }

    static final Duration UNCONFIRMED_FOR = Duration.ofHours(48);
    static final Duration RESEND_AFTER = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "id, email, feed, frequency, language, token, created_at, confirmed_at, "
            + "sent_up_to";

    private final JdbcClient jdbc;

    Subscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A new unconfirmed subscription, or a fresh token for one not yet confirmed; empty when nothing is to be sent
     * (already confirmed, or asked for within the last ten minutes).
     */
    Optional<Subscription> request(String email, String feed, Frequency frequency, String language, Instant now) {
        String key = FeedKey.of(feed);
        Optional<Subscription> existing = jdbc.sql("SELECT " + COLUMNS + " FROM alert_subscription WHERE email = ? "
                + "AND feed_key = ? FOR UPDATE").params(email, key).query(Subscriptions::row).optional();
        if (existing.isPresent() && (existing.get().confirmedAt() != null
                || existing.get().createdAt().isAfter(now.minus(RESEND_AFTER)))) {
            return Optional.empty();
        }
        String token = token();
        if (existing.isPresent()) {
            jdbc.sql("UPDATE alert_subscription SET token = ?, created_at = ?, frequency = ?, language = ? "
                    + "WHERE id = ?").params(token, Timestamp.from(now), frequency.name(), language,
                            existing.get().id()).update();
        } else {
            jdbc.sql("""
                    INSERT INTO alert_subscription (email, feed, feed_key, frequency, language, token, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(email, feed, key, frequency.name(), language, token, Timestamp.from(now)).update();
        }
        return byToken(token);
    }

    Optional<Subscription> byToken(String token) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alert_subscription WHERE token = ?").param(token)
                .query(Subscriptions::row).optional();
    }

    /** Confirms the subscription; digests count what is published from now on. */
    Optional<Subscription> confirm(String token, Instant now) {
        jdbc.sql("UPDATE alert_subscription SET confirmed_at = ? WHERE token = ? AND confirmed_at IS NULL")
                .params(Timestamp.from(now), token).update();
        return byToken(token).filter(s -> s.confirmedAt() != null);
    }

    /** Removes the subscription, address and all; true when there was one. */
    boolean unsubscribe(String token) {
        return jdbc.sql("DELETE FROM alert_subscription WHERE token = ?").param(token).update() > 0;
    }

    /** Removes what was not confirmed within {@code unconfirmedFor} of being asked for. */
    int purge(Instant now, Duration unconfirmedFor) {
        return jdbc.sql("DELETE FROM alert_subscription WHERE confirmed_at IS NULL AND created_at < ?")
                .param(Timestamp.from(now.minus(unconfirmedFor))).update();
    }

    List<Subscription> confirmed() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alert_subscription WHERE confirmed_at IS NOT NULL ORDER BY id")
                .query(Subscriptions::row).list();
    }

    void sentUpTo(long id, Instant upTo) {
        jdbc.sql("UPDATE alert_subscription SET sent_up_to = ? WHERE id = ?").params(Timestamp.from(upTo), id)
                .update();
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static Subscription row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Subscription(rs.getLong(1), rs.getString(2), rs.getString(3), Frequency.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), instant(rs.getTimestamp(8)),
                instant(rs.getTimestamp(9)));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
