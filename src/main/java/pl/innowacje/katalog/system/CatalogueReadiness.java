package pl.innowacje.katalog.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether this node is ready to serve the catalogue: its index has caught up with the database at start, and the
 * records of the shipped catalogue are loaded and searchable. Until then the readiness probe
 * ({@code /actuator/health/readiness}, health indicator {@code catalogue}) is DOWN, so a load balancer sends readers
 * elsewhere, and pages that are served anyway say that the catalogue is still loading. Handbooks whose text is read
 * after their records do not hold readiness back: every record is served and searched meanwhile, and pages say that
 * the handbooks' text is still being read. Reading them waits until the records are served ({@link #whenServing}):
 * on a small machine it would otherwise take the processor from indexing the records.
 */
@Component("catalogue")
public class CatalogueReadiness implements HealthIndicator {

    private volatile boolean indexReady;
    private volatile boolean contentLoaded;
    private volatile boolean handbooksReading;
    /** The change-log id the content load ended at, and the one up to which the index has committed everything. */
    private volatile long loadedUpTo = Long.MAX_VALUE;
    private volatile long indexedUpTo = -1;
    private final List<Runnable> waiting = new ArrayList<>();

    public void indexReady() {
        indexReady = true;
        runWaiting();
    }

    /** The content load is over (or was skipped, or failed); its records are in the change log up to this id. */
    public void contentLoaded(long upToChange) {
        loadedUpTo = upToChange;
        contentLoaded = true;
        runWaiting();
    }

    /** The index holds every change up to this change-log id (see search.IndexFollower). */
    public void indexedUpTo(long changeId) {
        indexedUpTo = Math.max(indexedUpTo, changeId);
        runWaiting();
    }

    /** Files stored unread are being read (see files.PendingReads): every record shows, not all text is searched. */
    public void handbooksReading(boolean reading) {
        handbooksReading = reading;
    }

    public boolean readingHandbooks() {
        return handbooksReading;
    }

    public boolean loading() {
        return !(indexReady && contentLoaded && indexedUpTo >= loadedUpTo);
    }

    /** Runs the action once the catalogue is served: now if it is, else on the thread that completes loading. */
    public void whenServing(Runnable action) {
        synchronized (waiting) {
            if (loading()) {
                waiting.add(action);
                return;
            }
        }
        action.run();
    }

    private void runWaiting() {
        List<Runnable> ready;
        synchronized (waiting) {
            if (loading() || waiting.isEmpty()) {
                return;
            }
            ready = List.copyOf(waiting);
            waiting.clear();
        }
        ready.forEach(Runnable::run);
    }

    @Override
    public Health health() {
        return (loading() ? Health.down() : Health.up()).withDetail("index", indexReady ? "ready" : "catching up")
                .withDetail("content", !contentLoaded ? "loading" : indexedUpTo >= loadedUpTo ? "loaded" : "indexing")
                .withDetail("handbooks", handbooksReading ? "reading" : "read").build();
    }
}
