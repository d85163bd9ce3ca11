package pl.innowacje.katalog.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import pl.innowacje.katalog.catalog.ChangeLog;
import pl.innowacje.katalog.system.CatalogueReadiness;
import pl.innowacje.katalog.system.PortalProperties;

/**
 * The text of files stored unread ({@link StoredFiles#storeUnread}): the shipped catalogue's handbooks at a first
 * start, whose records are written first so that the catalogue can be browsed and searched within seconds. Read here
 * in the background, as many at once as there are extraction threads. A file's text is saved in one transaction with
 * a change for each solution that holds it, so the index takes the text in as it takes any change. Files a stop left
 * unread are read after the next start; when two nodes read the same file, the first to save it wins.
 */
@Component
public class PendingReads implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PendingReads.class);
    private static final int BATCH = 100;

    private final StoredFiles files;
    private final Extractor extractor;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ChangeLog changeLog;
    private final CatalogueReadiness readiness;
    private final int threads;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    /** Set when the portal stops: a reading cut short by the stop is not saved, and nothing more is read. */
    private volatile boolean stopping;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pending-reads");
        t.setDaemon(true);
        return t;
    });

    PendingReads(StoredFiles files, Extractor extractor, JdbcClient jdbc, TransactionTemplate tx, ChangeLog changeLog,
            CatalogueReadiness readiness, PortalProperties properties) {
        this.files = files;
        this.extractor = extractor;
        this.jdbc = jdbc;
        this.tx = tx;
        this.changeLog = changeLog;
        this.readiness = readiness;
        this.threads = Math.max(1, properties.extraction().threads());
    }

    /**
     * Reads whatever is unread, in the background, once the catalogue's records are served (see
     * {@link CatalogueReadiness#whenServing}); a call while reading makes the reading look again at its end.
     */
    public void wake() {
        readiness.whenServing(this::start);
    }

    private void start() {
        if (!stopping && scheduled.compareAndSet(false, true)) {
            readiness.handbooksReading(true);
            runner.execute(this::readAll);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        wake();
    }

    /** Reads until nothing is left unread; each file once, whatever its reading's outcome. */
    void readAll() {
        scheduled.set(false);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Map<String, String> batch;
            List<String> tried = new ArrayList<>();
            while (!stopping && !(batch = unread()).isEmpty()) {
                batch.keySet().removeAll(tried);
                if (batch.isEmpty()) {
                    break;
                }
                List<Callable<Void>> reads = new ArrayList<>();
                batch.forEach((sha, name) -> reads.add(() -> {
                    read(sha, name);
                    return null;
                }));
                for (Future<Void> f : pool.invokeAll(reads)) {
                    f.get();
                }
                tried.addAll(batch.keySet());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (stopping) {
                log.info("stopped while reading files stored unread; the rest are read after the next start");
            } else {
                log.error("files stored unread could not all be read; the rest are read after the next start", e);
            }
        } finally {
            pool.shutdown();
            if (!scheduled.get()) {
                readiness.handbooksReading(false);
            }
        }
    }

    /** As soon as the portal begins to stop, before the database closes: no reading is saved after this. */
    @EventListener(ContextClosedEvent.class)
    void closing() {
        stopping = true;
    }

    @Override
    public void destroy() {
        stopping = true;
        runner.shutdownNow();
    }

    private Map<String, String> unread() {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT b.sha256, (SELECT MIN(f.file_name) FROM solution_file f WHERE f.sha256 = b.sha256)
                FROM stored_blob b WHERE b.extraction_status = 'PENDING' ORDER BY b.sha256 LIMIT :limit""")
                .param("limit", BATCH).query(rs -> {
                    out.put(rs.getString(1), rs.getString(2) == null ? rs.getString(1) : rs.getString(2));
                });
        return out;
    }

    private void read(String sha, String fileName) {
        Extraction extraction;
        Path copy = null;
        try {
            org.springframework.core.io.Resource bytes = files.resource(sha);
            Path file;
            if (bytes.isFile()) {
                file = bytes.getFile().toPath();
            } else {
                copy = Files.createTempFile("katalog-unread", ".bin");
                try (InputStream in = bytes.getInputStream()) {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                }
                file = copy;
            }
            extraction = extractor.extract(file, fileName);
        } catch (IOException e) {
            // The bytes are not reachable from this node now: the file stays unread, for a later start or node.
            log.warn("file {} could not be opened for reading: {}", sha, e.toString());
            return;
        } finally {
            deleteQuietly(copy);
        }
        if (stopping) {
            // Its worker may have been stopped under it: what it gave is not the file's reading.
            return;
        }
        tx.executeWithoutResult(status -> {
            for (Long solution : saveRead(sha, extraction)) {
                changeLog.append(ChangeLog.Entity.SOLUTION, solution);
            }
        });
    }

    /**
     * Saves the text unless another node saved it first or the file was taken back meanwhile; returns the
     * solutions that hold the file, or none when nothing was saved.
     */
    private List<Long> saveRead(String sha, Extraction e) {
        Long size = jdbc.sql("SELECT size_bytes FROM stored_blob WHERE sha256 = ? AND extraction_status = 'PENDING'"
                + " FOR UPDATE").param(sha).query(Long.class).optional().orElse(null);
        if (size == null) {
            return List.of();
        }
        files.save(sha, size, e, true);
        return jdbc.sql("SELECT DISTINCT solution_id FROM solution_file WHERE sha256 = ?").param(sha)
                .query(Long.class).list();
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.debug("temporary copy {} left behind: {}", file, e.toString());
            }
        }
    }
}
