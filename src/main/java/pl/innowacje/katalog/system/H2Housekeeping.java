package pl.innowacje.katalog.system;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The embedded database runs with {@code WRITE_DELAY=0}: H2 writes each commit to its file before the commit
 * returns, so a change the portal has answered for survives the process being killed. In that mode H2 starts no
 * background writer, and that thread is also what compacts its file; without it the file gains a chunk per commit
 * and never gives the space back while the portal runs (tenfold after a catalogue load). This does the same
 * housekeeping every few seconds: chunks that are mostly dead are rewritten, so their space is free for the next
 * commits and the file stops growing. It does not move chunks to shrink the file while the database is in use: H2
 * does that only when it closes, and doing it beside running commits trips H2's own free-space checks (seen in a
 * test run: the store closed itself). On any other database, or when a write delay is configured (H2's writer then
 * runs), it does nothing.
 */
@Component
class H2Housekeeping {

    private static final Logger log = LoggerFactory.getLogger(H2Housekeeping.class);
    /** H2's own background writer aims at 90% and settles lower while the database is busy; so do we. */
    private static final int TARGET_FILL_RATE = 80;
    /** Bytes rewritten or moved per round: commits wait for a round, so it stays short. */
    private static final int BYTES_PER_ROUND = 4 * 1024 * 1024;

    private final DataSource dataSource;
    private volatile boolean notH2;

    H2Housekeeping(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Scheduled(initialDelay = 5_000, fixedDelay = 5_000)
    void compact() {
        if (notH2) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isWrapperFor(JdbcConnection.class)
                    || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
                notH2 = true;
                return;
            }
            MVStore store = session.getDatabase().getStore().getMvStore();
            if (store.isClosed() || store.getAutoCommitDelay() > 0) {
                return;
            }
            store.compact(TARGET_FILL_RATE, BYTES_PER_ROUND);
        } catch (SQLException | RuntimeException e) {
            // The next round tries again; the database itself is unaffected by a round that did not happen.
            log.warn("database file housekeeping failed: {}", e.toString());
        }
    }
}
