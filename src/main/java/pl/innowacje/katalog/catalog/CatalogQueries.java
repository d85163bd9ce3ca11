package pl.innowacje.katalog.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads what public pages show. Only published and in-development solutions are ever returned. */
@Service
@Transactional(readOnly = true)
public class CatalogQueries {

    /**
     * The one definition of a public solution ({@link Status#isPublic()}) behind every count and list, as an SQL list
     * for {@code status IN …}.
     */
    public static final String PUBLIC_STATUSES = Arrays.stream(Status.values()).filter(Status::isPublic)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    /** The columns of a solution card, in the order {@link #card} reads them. */
    /**
     * When a solution's public record last changed (alias {@code s}): its own row, or something it shows from
     * elsewhere (a term's label, its block's or area's title), as {@link ChangeLog} stamps it.
     */
    public static final String RECORD_CHANGED_AT =
            "CASE WHEN s.record_changed_at > s.updated_at THEN s.record_changed_at ELSE s.updated_at END";

    public static final String CARD = "s.id, s.slug, s.title, s.title_en, s.summary, s.status, s.published_at, "
            + "s.group_code, s.summary_en";

    private final JdbcClient jdbc;
    private final SolutionPages solutionPages;

    CatalogQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.solutionPages = new SolutionPages(jdbc);
    }

    /** Areas in order, each with its blocks and their public solution counts: the home page's browse tree. */
    public List<Views.AreaSummary> areas() {
        Map<Long, List<Views.BlockLink>> blocks = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT b.area_id, b.slug, b.title, b.title_en, a.slug,
                  (SELECT COUNT(*) FROM solution_block sb JOIN solution s ON s.id = sb.solution_id
                   WHERE sb.block_id = b.id AND s.status IN""" + PUBLIC_STATUSES + """
                ) FROM thematic_block b JOIN area a ON a.id = b.area_id ORDER BY b.sort_order, b.title""")
                .query(rs -> {
                    blocks.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Views.BlockLink(
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6)));
                });
        // An area counts each solution once, even when it sits in several of the area's blocks: the same number
        // as the search filtered by the area.
        return jdbc.sql("""
                SELECT a.id, a.slug, a.title, a.title_en, a.programme_code, a.description, a.summary_en,
                  (SELECT COUNT(DISTINCT s.id) FROM solution s JOIN solution_block sb ON sb.solution_id = s.id
                   JOIN thematic_block b ON b.id = sb.block_id WHERE b.area_id = a.id AND s.status IN""" + PUBLIC_STATUSES + """
                ) FROM area a ORDER BY a.sort_order, a.title""")
                .query((rs, n) -> new Views.AreaSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), blocks.getOrDefault(rs.getLong(1), List.of()),
                        rs.getLong(8), rs.getString(7)))
                .list();
    }

    public Optional<Views.AreaSummary> area(String slug) {
        return areas().stream().filter(a -> a.slug().equals(slug)).findFirst();
    }

    public List<Views.SolutionCard> newest(int limit) {
        return jdbc.sql("SELECT " + CARD + " FROM solution s WHERE s.status IN " + PUBLIC_STATUSES
                + " ORDER BY s.published_at DESC, s.title LIMIT ?").param(limit).query(CatalogQueries::card).list();
    }

    /** The cards of public solutions, in the order of {@code ids} (a search's hits); an id not public is left out. */
    public List<Views.SolutionCard> cards(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Views.SolutionCard> byId = new HashMap<>();
        jdbc.sql("SELECT " + CARD + " FROM solution s WHERE s.status IN " + PUBLIC_STATUSES + " AND s.id IN ("
                        + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")")
                .params(ids).query(CatalogQueries::card).list().forEach(c -> byId.put(c.id(), c));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    public long publicSolutionCount() {
        return jdbc.sql("SELECT COUNT(*) FROM solution WHERE status IN " + PUBLIC_STATUSES).query(Long.class).single();
    }

    public Optional<Views.BlockPage> block(String slug) {
        return jdbc.sql("""
                SELECT b.id, b.slug, b.title, b.title_en, a.slug, a.title, b.introduction, b.problems_text, b.benefits,
                  b.details, b.how_to_use, b.coordinator_name, b.coordinator_organisation, b.coordinator_email,
                  b.summary_en, a.title_en
                FROM thematic_block b JOIN area a ON a.id = b.area_id WHERE b.slug = ?""").param(slug)
                .query((rs, n) -> blockPage(rs)).optional();
    }

    private Views.BlockPage blockPage(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        Map<Vocabulary, List<String>> terms = new EnumMap<>(Vocabulary.class);
        jdbc.sql("SELECT vocabulary, code FROM block_term WHERE block_id = ? ORDER BY code").param(id)
                .query(t -> {
                    terms.computeIfAbsent(Vocabulary.valueOf(t.getString(1)), k -> new ArrayList<>())
                            .add(t.getString(2));
                });
        List<Views.BlockLink> related = jdbc.sql("""
                SELECT b.slug, b.title, b.title_en, a.slug FROM block_relation r
                JOIN thematic_block b ON b.slug = r.related_block_slug JOIN area a ON a.id = b.area_id
                WHERE r.block_id = ? ORDER BY r.position""").param(id)
                .query((r, n) -> new Views.BlockLink(r.getString(1), r.getString(2), r.getString(3), r.getString(4), 0))
                .list();
        List<Views.Group> groups = jdbc.sql("SELECT code, title, goal FROM solution_group WHERE block_id = ? ORDER BY id")
                .param(id).query((r, n) -> new Views.Group(r.getString(1), r.getString(2), r.getString(3))).list();
        List<Views.SolutionCard> solutions = jdbc.sql("SELECT " + CARD + """
                 FROM solution s JOIN solution_block sb ON sb.solution_id = s.id
                WHERE sb.block_id = ? AND s.status IN""" + PUBLIC_STATUSES + " ORDER BY s.title").param(id)
                .query(CatalogQueries::card).list();
        return new Views.BlockPage(id, rs.getString(2), rs.getString(3), rs.getString(4),
                new Views.BlockLink(rs.getString(5), rs.getString(6), rs.getString(16), rs.getString(5), 0),
                rs.getString(6),
                rs.getString(7), lines(rs.getString(8)), lines(rs.getString(9)), rs.getString(10), rs.getString(11),
                new Views.Contact(rs.getString(12), rs.getString(13), rs.getString(14)), terms, related, groups,
                solutions, rs.getString(15));
    }

    public Optional<Views.SolutionPage> solution(String slug) {
        return solutionPages.load(slug);
    }

    /** The file behind a download link, only when it belongs to a public solution. */
    public Optional<Views.Download> download(long fileId) {
        return jdbc.sql("""
                SELECT f.id, f.solution_id, f.file_name, f.sha256, b.media_type, b.size_bytes FROM solution_file f
                JOIN solution s ON s.id = f.solution_id JOIN stored_blob b ON b.sha256 = f.sha256
                WHERE f.id = ? AND s.status IN""" + PUBLIC_STATUSES).param(fileId)
                .query((rs, n) -> new Views.Download(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getLong(6)))
                .optional();
    }

    /** Titles of areas and blocks by slug, for facet labels. */
    public Map<String, String[]> structureTitles() {
        Map<String, String[]> out = new LinkedHashMap<>();
        jdbc.sql("SELECT slug, title, title_en FROM area").query(rs -> {
            out.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
        });
        jdbc.sql("SELECT slug, title, title_en FROM thematic_block").query(rs -> {
            out.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
        });
        return out;
    }

    /** Which area each block is in, by slug. */
    public Map<String, String> blockAreas() {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql("SELECT b.slug, a.slug FROM thematic_block b JOIN area a ON a.id = b.area_id").query(rs -> {
            out.put(rs.getString(1), rs.getString(2));
        });
        return out;
    }

    /** Maps the columns of {@link #CARD}. */
    public static Views.SolutionCard card(ResultSet rs, int n) throws SQLException {
        Timestamp published = rs.getTimestamp(7);
        return new Views.SolutionCard(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), Status.valueOf(rs.getString(6)), published == null ? null : published.toInstant(),
                rs.getString(8), rs.getString(9));
    }

    static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.split("\n"));
    }
}
