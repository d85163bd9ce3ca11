package pl.innowacje.katalog.system;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether this node is ready to serve the catalogue: its index has caught up with the database at start and the
 * shipped catalogue has been loaded. Until then the readiness probe ({@code /actuator/health/readiness}, health
 * indicator {@code catalogue}) is DOWN, so a load balancer sends readers elsewhere, and pages that are served anyway
 * say that the catalogue is still loading.
 */
@Component("catalogue")
public class CatalogueReadiness implements HealthIndicator {

    private volatile boolean indexReady;
    private volatile boolean contentLoaded;

    public void indexReady() {
        indexReady = true;
    }

    public void contentLoaded() {
        contentLoaded = true;
    }

    public boolean loading() {
        return !(indexReady && contentLoaded);
    }

    @Override
    public Health health() {
        return (loading() ? Health.down() : Health.up()).withDetail("index", indexReady ? "ready" : "catching up")
                .withDetail("content", contentLoaded ? "loaded" : "loading").build();
    }
}
