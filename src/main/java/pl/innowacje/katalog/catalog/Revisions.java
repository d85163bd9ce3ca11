package pl.innowacje.katalog.catalog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pl.innowacje.katalog.system.Refusal;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every saved version of a solution or a block card: who saved it, when, with what note, and all its fields as
 * text, so any two versions can be compared. Writers add one in the transaction of the change.
 */
@Service
@Transactional(readOnly = true)
public class Revisions {

    /** One saved version; {@code fields} maps a field's name to its text or to a list of texts. */
    public record Revision(long id, String by, Instant at, String note, Map<String, Object> fields) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    Revisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest revision's id, or 0 when there is none yet. */
    public long latest(ChangeLog.Entity entity, long id) {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM revision WHERE entity = ? AND entity_id = ?")
                .params(entity.name(), id).query(Long.class).single();
    }

    /**
     * Whether anyone but {@code loader} (and the baseline the system keeps) has changed the record: a saved version,
     * or for a solution a workflow step.
     */
    public boolean changedByOtherThan(ChangeLog.Entity entity, long id, String loader) {
        long versions = jdbc.sql("""
                SELECT COUNT(*) FROM revision WHERE entity = ? AND entity_id = ? AND changed_by NOT IN (?, 'system')""")
                .params(entity.name(), id, loader).query(Long.class).single();
        long steps = entity != ChangeLog.Entity.SOLUTION ? 0 : jdbc.sql("""
                SELECT COUNT(*) FROM solution_status_change WHERE solution_id = ? AND changed_by <> ?""")
                .params(id, loader).query(Long.class).single();
        return versions + steps > 0;
    }

    /** The newest {@code limit} revisions, newest first. */
    public List<Revision> history(ChangeLog.Entity entity, long id, int limit) {
        return jdbc.sql("""
                SELECT id, changed_by, changed_at, note, fields FROM revision WHERE entity = ? AND entity_id = ?
                ORDER BY id DESC LIMIT ?""").params(entity.name(), id, limit)
                .query((rs, n) -> new Revision(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), JSON.readValue(rs.getString(5), FIELDS)))
                .list();
    }

    /**
     * The start of an edit: refused when someone changed, since the revision the editor started from
     * ({@code basedOn}; negative skips the check), any field the editor's form holds (changes to
     * {@code notInTheForm}, a solution's files for one, cannot be overwritten by it). A record written before
     * revisions were kept gets its present state as a first revision, so the edit has something to be told against.
     */
    @Transactional
    void beginEdit(ChangeLog.Entity entity, long id, long basedOn, String baselineBy, Map<String, Object> current,
            Set<String> notInTheForm) {
        long latest = latest(entity, id);
        if (basedOn >= 0 && basedOn != latest && !sameSince(entity, id, basedOn, current, notInTheForm)) {
            throw new Refusal("editor.error.conflict");
        }
        if (latest == 0) {
            record(entity, id, baselineBy, null, current);
        }
    }

    private boolean sameSince(ChangeLog.Entity entity, long id, long revision, Map<String, Object> now,
            Set<String> notInTheForm) {
        return jdbc.sql("SELECT fields FROM revision WHERE id = ? AND entity = ? AND entity_id = ?")
                .params(revision, entity.name(), id).query(String.class).optional()
                .map(json -> {
                    Map<String, Object> then = new LinkedHashMap<>(JSON.readValue(json, FIELDS));
                    Map<String, Object> current = new LinkedHashMap<>(now);
                    then.keySet().removeAll(notInTheForm);
                    current.keySet().removeAll(notInTheForm);
                    return then.equals(current);
                })
                .orElse(false);
    }

    @Transactional
    void record(ChangeLog.Entity entity, long id, String by, String note, Map<String, Object> fields) {
        jdbc.sql("""
                INSERT INTO revision (entity, entity_id, changed_by, changed_at, note, fields)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(entity.name(), id, by, Timestamp.from(Instant.now()), note, JSON.writeValueAsString(fields))
                .update();
    }
}
