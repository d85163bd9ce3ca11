package pl.innowacje.katalog.feeds;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pl.innowacje.katalog.catalog.CatalogQueries;

/** The public solutions a feed lists: the most recently changed first, of the whole catalogue or of one place in it. */
@Component
@Transactional(readOnly = true)
class FeedEntries {

    /** How many entries a feed holds: readers keep what they have seen, so the newest are enough. */
    static final int SIZE = 50;

    record Entry(long id, String slug, String title, String summary, Instant published, Instant updated,
            String implementer) {
    }

    /** Where in the catalogue a feed looks: an area, a block or a project, by slug. */
    enum Scope {
        AREA("JOIN solution_block sb ON sb.solution_id = s.id JOIN thematic_block b ON b.id = sb.block_id "
                + "JOIN area a ON a.id = b.area_id", "a.slug = ?"),
        BLOCK("JOIN solution_block sb ON sb.solution_id = s.id JOIN thematic_block b ON b.id = sb.block_id",
                "b.slug = ?"),
        PROJECT("JOIN project pr ON pr.id = s.project_id", "pr.slug = ?");

        private final String join;
        private final String where;

        Scope(String join, String where) {
            this.join = join;
            this.where = where;
        }
    }

    private static final String COLUMNS = "s.id, s.slug, s.title, s.summary, s.published_at, s.updated_at, o.name";
    private static final String IMPLEMENTER = " LEFT JOIN project p ON p.id = s.project_id "
            + "LEFT JOIN organisation o ON o.id = p.implementer_id ";

    private final JdbcClient jdbc;

    FeedEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Entry> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM solution s" + IMPLEMENTER + "WHERE s.status IN "
                + CatalogQueries.PUBLIC_STATUSES + " ORDER BY s.updated_at DESC, s.id DESC LIMIT " + SIZE)
                .query(FeedEntries::entry).list();
    }

    /** The newest {@link #SIZE} of a place; or, given {@code among}, those of them in the place, however many. */
    List<Entry> in(Scope scope, String slug, Collection<Long> among) {
        if (among != null && among.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(List.of(slug));
        String only = "";
        if (among != null) {
            only = " AND s.id IN (" + String.join(", ", Collections.nCopies(among.size(), "?")) + ")";
            params.addAll(among);
        }
        // DISTINCT: a solution sits in several blocks of one area.
        return jdbc.sql("SELECT DISTINCT " + COLUMNS + " FROM solution s " + scope.join + IMPLEMENTER
                        + "WHERE " + scope.where + " AND s.status IN " + CatalogQueries.PUBLIC_STATUSES + only
                        + " ORDER BY s.updated_at DESC, s.id DESC" + (among == null ? " LIMIT " + SIZE : ""))
                .params(params).query(FeedEntries::entry).list();
    }

    /** The entries of {@code ids} (a search's solutions), in that order. */
    List<Entry> of(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Entry> byId = new HashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM solution s" + IMPLEMENTER + "WHERE s.status IN "
                        + CatalogQueries.PUBLIC_STATUSES + " AND s.id IN ("
                        + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")")
                .params(ids).query(FeedEntries::entry).list().forEach(e -> byId.put(e.id(), e));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static Entry entry(ResultSet rs, int n) throws SQLException {
        return new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(),
                rs.getString(7));
    }
}
