package pl.innowacje.katalog.catalog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outbox that the search index follows. Writers append inside their own transaction, so a change is in the log
 * exactly when it is in the catalogue; after the commit a {@link CatalogChanged} event wakes the indexer at once.
 */
@Component
public class ChangeLog {

    /**
     * What changed: a solution, a block or area (their solutions), a vocabulary term (solutions that use it), or a
     * group of the search thesaurus (how queries are read; no document changes).
     */
    public enum Entity { SOLUTION, BLOCK, AREA, TERM, THESAURUS }

    public record Change(long id, Entity entity, long entityId, Instant createdAt) {
    }

    /** Published after a transaction that appended changes has committed. */
    public record CatalogChanged() {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ChangeLog(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Holds the current transaction's changes back and appends them just before it commits. A long transaction (a
     * whole package imported at once) would otherwise take low ids early, and the index, seeing later ids of
     * shorter transactions committed first, would wait for them and in the end pass them over as rolled back.
     */
    public void holdUntilCommit() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("changes can only be held inside a transaction");
        }
        if (TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        Set<Held> held = new LinkedHashSet<>();
        TransactionSynchronizationManager.bindResource(this, held);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                Timestamp now = Timestamp.from(Instant.now());
                for (Held h : held) {
                    jdbc.sql("INSERT INTO change_log (entity, entity_id, created_at) VALUES (?, ?, ?)")
                            .params(h.entity().name(), h.id(), now).update();
                }
            }

            @Override
            public void afterCommit() {
                if (!held.isEmpty()) {
                    events.publishEvent(new CatalogChanged());
                }
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(ChangeLog.this);
            }
        });
    }

    private record Held(Entity entity, long id) {
    }

    public void append(Entity entity, long entityId) {
        stampRecords(entity, entityId);
        @SuppressWarnings("unchecked")
        Set<Held> held = (Set<Held>) TransactionSynchronizationManager.getResource(this);
        if (held != null) {
            // Appended at commit (see holdUntilCommit); a record changed twice is indexed once.
            held.add(new Held(entity, entityId));
            return;
        }
        jdbc.sql("INSERT INTO change_log (entity, entity_id, created_at) VALUES (?, ?, ?)")
                .params(entity.name(), entityId, Timestamp.from(Instant.now()))
                .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    events.publishEvent(new CatalogChanged());
                }
            });
        } else {
            events.publishEvent(new CatalogChanged());
        }
    }

    /**
     * A block, area or term shows on the records of the solutions that refer to it: their change time moves with
     * it, so a harvester asking for changes since yesterday (OAI-PMH {@code from}) and the sitemap see them.
     */
    private void stampRecords(Entity entity, long id) {
        String which = switch (entity) {
            case BLOCK -> "SELECT solution_id FROM solution_block WHERE block_id = ?";
            case AREA -> "SELECT sb.solution_id FROM solution_block sb JOIN thematic_block b ON b.id = sb.block_id "
                    + "WHERE b.area_id = ?";
            case TERM -> "SELECT st.solution_id FROM solution_term st JOIN vocabulary_term t "
                    + "ON t.vocabulary = st.vocabulary AND t.code = st.code WHERE t.id = ?";
            case SOLUTION, THESAURUS -> null;
        };
        if (which != null) {
            jdbc.sql("UPDATE solution SET record_changed_at = ? WHERE id IN (" + which + ")")
                    .params(Timestamp.from(Instant.now()), id).update();
        }
    }

    public List<Change> after(long lastApplied, int limit) {
        return jdbc.sql("SELECT id, entity, entity_id, created_at FROM change_log WHERE id > ? ORDER BY id LIMIT ?")
                .params(lastApplied, limit).query(ChangeLog::change).list();
    }

    /** The changes with ids above {@code after} up to {@code upTo}, in id order. */
    public List<Change> between(long after, long upTo) {
        return jdbc.sql("SELECT id, entity, entity_id, created_at FROM change_log WHERE id > ? AND id <= ? ORDER BY id")
                .params(after, upTo).query(ChangeLog::change).list();
    }

    private static Change change(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Change(rs.getLong(1), Entity.valueOf(rs.getString(2)), rs.getLong(3),
                rs.getTimestamp(4).toInstant());
    }

    /** When the first change after {@code id} was written, or null when there is none. */
    public Instant oldestAfter(long id) {
        List<Timestamp> oldest = jdbc.sql("SELECT MIN(created_at) FROM change_log WHERE id > ?").param(id)
                .query(Timestamp.class).list();
        return oldest.isEmpty() || oldest.get(0) == null ? null : oldest.get(0).toInstant();
    }

    public long lastId() {
        Long id = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM change_log").query(Long.class).single();
        return id == null ? 0 : id;
    }
}
