package pl.innowacje.katalog.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Date;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads one public solution with everything its page shows. */
final class SolutionPages {

    private final JdbcClient jdbc;

    SolutionPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Views.SolutionPage> load(String slug) {
        return jdbc.sql("""
                SELECT id, slug, title, title_en, summary, goal, description, status, programme_code, period_from,
                  period_to, language, licence, keywords, contact_name, contact_organisation, contact_email,
                  verification_result, verified_on, verified_by, published_at, updated_at, project_id, group_code,
                  primary_block_id, summary_en
                FROM solution WHERE slug = ? AND status IN""" + CatalogQueries.PUBLIC_STATUSES).param(slug)
                .query((rs, n) -> page(rs)).optional();
    }

    private Views.SolutionPage page(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        Map<Vocabulary, List<String>> terms = new EnumMap<>(Vocabulary.class);
        jdbc.sql("SELECT vocabulary, code FROM solution_term WHERE solution_id = ? ORDER BY code").param(id)
                .query(t -> {
                    terms.computeIfAbsent(Vocabulary.valueOf(t.getString(1)), k -> new ArrayList<>())
                            .add(t.getString(2));
                });
        List<Views.BlockLink> blocks = jdbc.sql("""
                SELECT b.slug, b.title, b.title_en, a.slug FROM solution_block sb
                JOIN thematic_block b ON b.id = sb.block_id JOIN area a ON a.id = b.area_id
                WHERE sb.solution_id = ? ORDER BY sb.is_primary DESC, b.title""").param(id)
                .query((r, n) -> new Views.BlockLink(r.getString(1), r.getString(2), r.getString(3), r.getString(4), 0))
                .list();
        String groupCode = rs.getString(24);
        Views.Group group = groupCode == null ? null : jdbc.sql("""
                SELECT code, title, goal FROM solution_group WHERE block_id = ? AND code = ?""")
                .params(rs.getLong(25), groupCode)
                .query((r, n) -> new Views.Group(r.getString(1), r.getString(2), r.getString(3))).optional()
                .orElse(null);
        List<Views.SolutionCard> sameGroup = groupCode == null ? List.of() : jdbc.sql("SELECT "
                + CatalogQueries.CARD + " FROM solution s "
                + "WHERE s.group_code = ? AND s.primary_block_id = ? AND s.id <> ? AND s.status IN "
                + CatalogQueries.PUBLIC_STATUSES + " ORDER BY s.title")
                .params(groupCode, rs.getLong(25), id).query(CatalogQueries::card).list();
        List<Views.SolutionCard> related = jdbc.sql("SELECT "
                + CatalogQueries.CARD + " "
                + "FROM solution_relation r JOIN solution s ON s.slug = r.related_solution_slug "
                + "WHERE r.solution_id = ? AND s.status IN " + CatalogQueries.PUBLIC_STATUSES + " ORDER BY r.position")
                .param(id).query(CatalogQueries::card).list();
        List<Views.Organisation> partners = jdbc.sql("""
                SELECT o.slug, o.name, o.website, o.contact FROM solution_partner sp
                JOIN organisation o ON o.id = sp.organisation_id WHERE sp.solution_id = ? ORDER BY o.name""").param(id)
                .query((r, n) -> new Views.Organisation(r.getString(1), r.getString(2), r.getString(3),
                        r.getString(4))).list();
        List<Views.Result> results = jdbc.sql("""
                SELECT label, amount, unit FROM solution_result WHERE solution_id = ? ORDER BY position""").param(id)
                .query((r, n) -> new Views.Result(r.getString(1), r.getBigDecimal(2).stripTrailingZeros(),
                        r.getString(3))).list();
        List<Views.Component> components = jdbc.sql("""
                SELECT name, usage_text FROM solution_component WHERE solution_id = ? ORDER BY position""").param(id)
                .query((r, n) -> new Views.Component(r.getString(1), r.getString(2))).list();
        List<Views.FileItem> files = jdbc.sql("""
                SELECT f.id, f.title, f.kind, f.file_name, b.media_type, b.size_bytes, b.page_count, b.language,
                  b.extraction_status, f.download_count
                FROM solution_file f JOIN stored_blob b ON b.sha256 = f.sha256 WHERE f.solution_id = ?
                ORDER BY f.position""").param(id)
                .query((r, n) -> new Views.FileItem(r.getLong(1), r.getString(2), FileKind.valueOf(r.getString(3)),
                        r.getString(4), r.getString(5), r.getLong(6), r.getInt(7), r.getString(8), r.getString(9),
                        r.getLong(10))).list();
        Long projectId = (Long) rs.getObject(23, Long.class);
        Views.Project project = projectId == null ? null : project(projectId);
        return new Views.SolutionPage(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), Status.valueOf(rs.getString(8)), rs.getString(9),
                date(rs.getDate(10)), date(rs.getDate(11)), rs.getString(12), rs.getString(13),
                CatalogQueries.lines(rs.getString(14)),
                new Views.Contact(rs.getString(15), rs.getString(16), rs.getString(17)),
                rs.getString(18) == null ? null
                        : new Views.Verification(rs.getString(18), date(rs.getDate(19)), rs.getString(20)),
                rs.getTimestamp(21) == null ? null : rs.getTimestamp(21).toInstant(),
                rs.getTimestamp(22).toInstant(), blocks, group, terms, project, partners, results, components,
                related, sameGroup, files, rs.getString(26));
    }

    private Views.Project project(long id) {
        List<Views.Organisation> partners = jdbc.sql("""
                SELECT o.slug, o.name, o.website, o.contact FROM project_partner pp
                JOIN organisation o ON o.id = pp.organisation_id WHERE pp.project_id = ? ORDER BY o.name""").param(id)
                .query((r, n) -> new Views.Organisation(r.getString(1), r.getString(2), r.getString(3),
                        r.getString(4))).list();
        return jdbc.sql("""
                SELECT p.slug, p.title, p.programme_code, p.start_date, p.end_date, o.slug, o.name, o.website, o.contact
                FROM project p LEFT JOIN organisation o ON o.id = p.implementer_id WHERE p.id = ?""").param(id)
                .query((r, n) -> new Views.Project(r.getString(1), r.getString(2), r.getString(3),
                        date(r.getDate(4)), date(r.getDate(5)),
                        r.getString(6) == null ? null
                                : new Views.Organisation(r.getString(6), r.getString(7), r.getString(8),
                                        r.getString(9)),
                        partners))
                .single();
    }

    private static java.time.LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
