package pl.innowacje.katalog.oai;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import pl.innowacje.katalog.catalog.CatalogQueries;
import pl.innowacje.katalog.catalog.Status;

/**
 * The solutions a harvester sees: every public one, and as deleted every one that was public once and is no longer
 * (withdrawn, or reopened as a draft after that). Sets are areas ({@code area}) and their blocks ({@code area:block}).
 */
@Component
class OaiRecords {

    /** A record's datestamp: it moves when anything the record shows changes, a term's label included. */
    private static final String STAMP = CatalogQueries.RECORD_CHANGED_AT;

    /** A record's header: a deleted one has no metadata. */
    record Header(long id, String slug, Instant datestamp, boolean deleted, List<String> sets) {
    }

    record RecordSet(String spec, String name) {
    }

    private static final String PUBLIC = CatalogQueries.PUBLIC_STATUSES;
    /** Public now, or public once: withdrawal is only possible from a public status, and the history says the rest. */
    private static final String EXPOSED = "(s.status IN " + PUBLIC + " OR s.status = '" + Status.WITHDRAWN.name()
            + "' OR EXISTS (SELECT 1 FROM solution_status_change c WHERE c.solution_id = s.id AND (c.from_status IN "
            + PUBLIC + " OR c.to_status IN " + PUBLIC + ")))";

    private final JdbcClient jdbc;

    OaiRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} headers after id {@code afterId}, in id order, within the selection. */
    List<Header> headers(String set, Instant from, Instant until, long afterId, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(set, from, until, params);
        params.add(afterId);
        params.add(limit);
        List<Header> found = jdbc.sql("SELECT s.id, s.slug, s.status, " + STAMP + " FROM solution s WHERE " + where
                + " AND s.id > ? ORDER BY s.id LIMIT ?").params(params).query((rs, n) -> new Header(rs.getLong(1),
                        rs.getString(2), datestamp(rs.getTimestamp(4)), !Status.valueOf(rs.getString(3)).isPublic(),
                        List.of())).list();
        return withSets(found);
    }

    long count(String set, Instant from, Instant until) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("SELECT COUNT(*) FROM solution s WHERE " + where(set, from, until, params)).params(params)
                .query(Long.class).single();
    }

    Optional<Header> header(long id) {
        return withSets(jdbc.sql("SELECT s.id, s.slug, s.status, " + STAMP + " FROM solution s WHERE " + EXPOSED
                + " AND s.id = ?").param(id).query((rs, n) -> new Header(rs.getLong(1), rs.getString(2),
                        datestamp(rs.getTimestamp(4)), !Status.valueOf(rs.getString(3)).isPublic(), List.of()))
                .list()).stream().findFirst();
    }

    /** The oldest datestamp a harvester can be given; now when there is none yet. */
    Instant earliest() {
        Timestamp t = jdbc.sql("SELECT MIN(" + STAMP + ") FROM solution s WHERE " + EXPOSED).query(Timestamp.class)
                .optional().orElse(null);
        return t == null ? Instant.now().truncatedTo(ChronoUnit.SECONDS) : datestamp(t);
    }

    List<RecordSet> sets() {
        List<RecordSet> out = new ArrayList<>();
        Map<Long, String> areas = new LinkedHashMap<>();
        jdbc.sql("SELECT id, slug, title FROM area ORDER BY sort_order, id").query(rs -> {
            areas.put(rs.getLong(1), rs.getString(2));
            out.add(new RecordSet(rs.getString(2), rs.getString(3)));
        });
        jdbc.sql("SELECT area_id, slug, title FROM thematic_block ORDER BY sort_order, id").query(rs -> {
            out.add(new RecordSet(areas.get(rs.getLong(1)) + ":" + rs.getString(2), rs.getString(3)));
        });
        return out;
    }

    boolean setExists(String spec) {
        return sets().stream().anyMatch(s -> s.spec().equals(spec));
    }

    private static String where(String set, Instant from, Instant until, List<Object> params) {
        StringBuilder where = new StringBuilder(EXPOSED);
        if (from != null) {
            where.append(" AND " + STAMP + " >= ?");
            params.add(Timestamp.from(from));
        }
        if (until != null) {
            where.append(" AND " + STAMP + " < ?");
            params.add(Timestamp.from(until));
        }
        if (set != null) {
            String[] parts = set.split(":", 2);
            where.append(" AND s.id IN (SELECT sb.solution_id FROM solution_block sb JOIN thematic_block b ON b.id ="
                    + " sb.block_id JOIN area a ON a.id = b.area_id WHERE a.slug = ?");
            params.add(parts[0]);
            if (parts.length == 2) {
                where.append(" AND b.slug = ?");
                params.add(parts[1]);
            }
            where.append(")");
        }
        return where.toString();
    }

    /** Each record with its area sets and block sets. */
    private List<Header> withSets(List<Header> headers) {
        if (headers.isEmpty()) {
            return headers;
        }
        Map<Long, List<String>> sets = new LinkedHashMap<>();
        String ids = String.join(",", headers.stream().map(h -> Long.toString(h.id())).toList());
        jdbc.sql("SELECT sb.solution_id, a.slug, b.slug FROM solution_block sb JOIN thematic_block b ON b.id ="
                + " sb.block_id JOIN area a ON a.id = b.area_id WHERE sb.solution_id IN (" + ids + ")"
                + " ORDER BY a.sort_order, a.id, b.sort_order, b.id").query(rs -> {
                    List<String> specs = sets.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
                    if (!specs.contains(rs.getString(2))) {
                        specs.add(rs.getString(2));
                    }
                    specs.add(rs.getString(2) + ":" + rs.getString(3));
                });
        return headers.stream().map(h -> new Header(h.id(), h.slug(), h.datestamp(), h.deleted(),
                sets.getOrDefault(h.id(), List.of()))).toList();
    }

    private static Instant datestamp(Timestamp t) {
        return t.toInstant().truncatedTo(ChronoUnit.SECONDS);
    }
}
