package pl.innowacje.katalog.catalog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** Newest first. */
    public List<Revision> history(ChangeLog.Entity entity, long id) {
        return jdbc.sql("""
                SELECT id, changed_by, changed_at, note, fields FROM revision WHERE entity = ? AND entity_id = ?
                ORDER BY id DESC""").params(entity.name(), id)
                .query((rs, n) -> new Revision(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), JSON.readValue(rs.getString(5), FIELDS)))
                .list();
    }

    /**
     * The start of an edit: refused when someone saved since the revision the editor started from ({@code basedOn};
     * negative skips the check); a record written before revisions were kept gets its present state as a first
     * revision, so the edit's differences have something to be told against.
     */
    @Transactional
    void beginEdit(ChangeLog.Entity entity, long id, long basedOn, String baselineBy, Map<String, Object> current) {
        long latest = latest(entity, id);
        if (basedOn >= 0 && basedOn != latest) {
            throw new Refusal("editor.error.conflict");
        }
        if (latest == 0) {
            record(entity, id, baselineBy, null, current);
        }
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
