package pl.innowacje.katalog.search;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import pl.innowacje.katalog.catalog.ChangeLog;

/**
 * How far this node's index is behind the database, for monitoring: {@code portal_index_lag_changes} (change-log
 * entries not yet applied, gaps included), {@code portal_index_lag_seconds} (age of the oldest of them) and
 * {@code portal_index_slow_lane_solutions} (solutions with huge handbooks waiting to be indexed). Read when scraped.
 */
@Component
class IndexMetrics {

    private final IndexFollower follower;
    private final ChangeLog changeLog;

    IndexMetrics(IndexFollower follower, ChangeLog changeLog, MeterRegistry registry) {
        this.follower = follower;
        this.changeLog = changeLog;
        Gauge.builder("portal.index.lag.changes", this, IndexMetrics::changes)
                .description("Change-log entries this node's index has not applied yet").register(registry);
        Gauge.builder("portal.index.lag.seconds", this, IndexMetrics::seconds)
                .description("Age of the oldest change-log entry this node's index has not applied yet")
                .register(registry);
        Gauge.builder("portal.index.slow.lane.solutions", follower, IndexFollower::slowLaneQueued)
                .description("Solutions with huge handbooks waiting to be indexed").register(registry);
    }

    private double changes() {
        return Math.max(0, changeLog.lastId() - follower.appliedUpTo());
    }

    private double seconds() {
        Instant oldest = changeLog.oldestAfter(follower.appliedUpTo());
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, Instant.now()).toMillis() / 1000.0);
    }
}
