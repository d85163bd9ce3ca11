package pl.innowacje.katalog.catalog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import pl.innowacje.katalog.system.Refusal;

/** The thesaurus tables, read and written for {@link ThesaurusWriter} inside its transactions. */
final class SynonymRows {

    record Stored(long id, int order, List<String> terms) {
    }

    /** The group a term key belongs to. */
    record Owner(long groupId, String code) {
    }

    private final JdbcClient jdbc;

    SynonymRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every group by code. */
    Map<String, Stored> byCode() {
        record Group(long id, String code, int order) {
        }
        List<Group> groups = jdbc.sql("SELECT id, code, sort_order FROM synonym_group")
                .query((rs, n) -> new Group(rs.getLong(1), rs.getString(2), rs.getInt(3))).list();
        Map<Long, List<String>> terms = new HashMap<>();
        jdbc.sql("SELECT group_id, term FROM synonym_term ORDER BY group_id, term_order")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .forEach(e -> terms.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<String, Stored> out = new HashMap<>();
        groups.forEach(g -> out.put(g.code(), new Stored(g.id(), g.order(), terms.getOrDefault(g.id(), List.of()))));
        return out;
    }

    /** Every term key with its group. */
    Map<String, Owner> owners() {
        Map<String, Owner> owners = new HashMap<>();
        jdbc.sql("SELECT t.term_key, g.id, g.code FROM synonym_term t JOIN synonym_group g ON g.id = t.group_id")
                .query((rs, n) -> Map.entry(rs.getString(1), new Owner(rs.getLong(2), rs.getString(3))))
                .list().forEach(e -> owners.put(e.getKey(), e.getValue()));
        return owners;
    }

    /** Locks a group against other writers until the transaction ends; returns its code. */
    String lock(long id) {
        return jdbc.sql("SELECT code FROM synonym_group WHERE id = ? FOR UPDATE").param(id).query(String.class)
                .optional().orElseThrow(() -> new Refusal("thesaurus.error.gone"));
    }

    List<String> terms(long id) {
        return jdbc.sql("SELECT term FROM synonym_term WHERE group_id = ? ORDER BY term_order").param(id)
                .query(String.class).list();
    }

    int nextOrder() {
        return jdbc.sql("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM synonym_group").query(Integer.class).single();
    }

    long insertGroup(String code, int order) {
        try {
            jdbc.sql("INSERT INTO synonym_group (code, sort_order, updated_at) VALUES (?, ?, ?)")
                    .params(code, order, now()).update();
        } catch (DuplicateKeyException addedMeanwhile) {
            throw new Refusal("thesaurus.error.codeTaken", code);
        }
        return jdbc.sql("SELECT id FROM synonym_group WHERE code = ?").param(code).query(Long.class).single();
    }

    void touch(long id, int order) {
        jdbc.sql("UPDATE synonym_group SET sort_order = ?, updated_at = ? WHERE id = ?").params(order, now(), id)
                .update();
    }

    void touch(long id) {
        jdbc.sql("UPDATE synonym_group SET updated_at = ? WHERE id = ?").params(now(), id).update();
    }

    void deleteTerms(long id) {
        jdbc.sql("DELETE FROM synonym_term WHERE group_id = ?").param(id).update();
    }

    void deleteGroup(long id) {
        deleteTerms(id);
        jdbc.sql("DELETE FROM synonym_group WHERE id = ?").param(id).update();
    }

    void insertTerms(long id, List<String> terms) {
        try {
            for (int i = 0; i < terms.size(); i++) {
                jdbc.sql("INSERT INTO synonym_term (group_id, term_order, term, term_key) VALUES (?, ?, ?, ?)")
                        .params(id, i, terms.get(i), SynonymTerms.key(terms.get(i))).update();
            }
        } catch (DuplicateKeyException takenMeanwhile) {
            throw new Refusal("thesaurus.error.takenMeanwhile");
        }
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
