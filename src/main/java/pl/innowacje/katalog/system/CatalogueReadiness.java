package pl.innowacje.katalog.system;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether this node is ready to serve the catalogue: its index has caught up with the database at start and the
 * shipped catalogue has been loaded. Until then the readiness probe ({@code /actuator/health/readiness}, health
 * indicator {@code catalogue}) is DOWN, so a load balancer sends readers elsewhere, and pages that are served anyway
 * say that the catalogue is still loading. Handbooks whose text is read after their records do not hold readiness
 * back: every record is served and searched meanwhile, and pages say that the handbooks' text is still being read.
 */
@Component("catalogue")
public class CatalogueReadiness implements HealthIndicator {

    private volatile boolean indexReady;
    private volatile boolean contentLoaded;
    private volatile boolean handbooksReading;

    public void indexReady() {
        indexReady = true;
    }

    public void contentLoaded() {
        contentLoaded = true;
    }

    /** Files stored unread are being read (see files.PendingReads): every record shows, not all text is searched. */
    public void handbooksReading(boolean reading) {
        handbooksReading = reading;
    }

    public boolean readingHandbooks() {
        return handbooksReading;
    }

    public boolean loading() {
        return !(indexReady && contentLoaded);
    }

    @Override
    public Health health() {
        return (loading() ? Health.down() : Health.up()).withDetail("index", indexReady ? "ready" : "catching up")
                .withDetail("content", contentLoaded ? "loaded" : "loading")
                .withDetail("handbooks", handbooksReading ? "reading" : "read").build();
    }
}
