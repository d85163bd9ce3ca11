package pl.innowacje.katalog.catalog;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's records as writers take them ({@link Inputs}), in a stable order, for an export in the content
 * format: areas, organisations, projects, news, and the ids of blocks and solutions (read one by one with
 * {@link BlockRecords} and {@link SolutionRecords}). Slugs name what a record refers to, as in content files.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueRecords {

    private final JdbcClient jdbc;

    CatalogueRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Inputs.Area> areas() {
        return jdbc.sql("""
                SELECT slug, title, title_en, summary_en, programme_code, description, sort_order FROM area
                ORDER BY sort_order, slug""")
                .query((rs, n) -> new Inputs.Area(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7), null)).list();
    }

    /** The blocks of an area (of every area when {@code areaSlug} is null), in the area's order. */
    public List<Long> blockIds(String areaSlug) {
        String order = " ORDER BY a.sort_order, a.slug, b.sort_order, b.slug";
        String from = "SELECT b.id FROM thematic_block b JOIN area a ON a.id = b.area_id";
        return areaSlug == null ? jdbc.sql(from + order).query(Long.class).list()
                : jdbc.sql(from + " WHERE a.slug = ?" + order).param(areaSlug).query(Long.class).list();
    }

    /** The solutions whose main block is one of {@code blockIds}, by slug. */
    public List<Long> solutionIds(List<Long> blockIds) {
        return blockIds.isEmpty() ? List.of() : jdbc.sql("""
                SELECT id FROM solution WHERE primary_block_id IN (:blocks) ORDER BY slug""")
                .param("blocks", blockIds).query(Long.class).list();
    }

    public List<Inputs.Organisation> organisations() {
        return jdbc.sql("""
                SELECT slug, name, org_type, region_code, website, competences, contact FROM organisation
                ORDER BY slug""")
                .query((rs, n) -> new Inputs.Organisation(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), CatalogQueries.lines(rs.getString(6)), rs.getString(7),
                        null)).list();
    }

    public List<Inputs.Project> projects() {
        return jdbc.sql("""
                SELECT p.id, p.slug, p.title, p.programme_code, o.slug, p.start_date, p.end_date, p.website
                FROM project p LEFT JOIN organisation o ON o.id = p.implementer_id ORDER BY p.slug""")
                .query((rs, n) -> new Inputs.Project(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), partners(rs.getLong(1)), date(rs.getDate(6)), date(rs.getDate(7)),
                        rs.getString(8), null)).list();
    }

    private List<String> partners(long project) {
        return jdbc.sql("""
                SELECT o.slug FROM project_partner pp JOIN organisation o ON o.id = pp.organisation_id
                WHERE pp.project_id = ? ORDER BY o.slug""").param(project).query(String.class).list();
    }

    /** News items, of the given blocks only when {@code blockIds} is not null. */
    public List<Inputs.News> news(List<Long> blockIds) {
        if (blockIds != null && blockIds.isEmpty()) {
            return List.of();
        }
        String where = blockIds == null ? "" : " WHERE n.block_id IN (:blocks)";
        var query = jdbc.sql("""
                SELECT n.slug, n.title, n.published_on, n.body, b.slug, p.slug FROM news_item n
                LEFT JOIN thematic_block b ON b.id = n.block_id LEFT JOIN project p ON p.id = n.project_id"""
                + where + " ORDER BY n.slug");
        return (blockIds == null ? query : query.param("blocks", blockIds))
                .query((rs, n) -> new Inputs.News(rs.getString(1), rs.getString(2), date(rs.getDate(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), null)).list();
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
