package pl.innowacje.katalog.catalog;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a solution as writers take it ({@link Inputs.Solution}), whatever its status: the form staff edit, and the
 * state every revision records. Slugs, not ids, name what it refers to, exactly as in content files.
 */
@Service
@Transactional(readOnly = true)
public class SolutionRecords {

    /** Who may touch a solution: its status, its creator and the blocks it sits in. */
    public record Standing(long id, String slug, Status status, String createdBy, List<Long> blockIds) {
    }

    private final JdbcClient jdbc;

    SolutionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Standing> standing(long id) {
        List<Long> blocks = jdbc.sql("SELECT block_id FROM solution_block WHERE solution_id = ? ORDER BY block_id")
                .param(id).query(Long.class).list();
        return jdbc.sql("SELECT id, slug, status, created_by FROM solution WHERE id = ?").param(id)
                .query((rs, n) -> new Standing(rs.getLong(1), rs.getString(2), Status.valueOf(rs.getString(3)),
                        rs.getString(4), blocks))
                .optional();
    }

    public Optional<Standing> standing(String slug) {
        return jdbc.sql("SELECT id FROM solution WHERE slug = ?").param(slug).query(Long.class).optional()
                .flatMap(this::standing);
    }

    /** The ids of the blocks with these slugs; a slug no block has is left out. */
    public List<Long> blockIds(java.util.Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : jdbc.sql("SELECT id FROM thematic_block WHERE slug IN (:slugs)")
                .param("slugs", slugs).query(Long.class).list();
    }

    public Optional<Inputs.Solution> load(long id) {
        List<String> extraBlocks = jdbc.sql("""
                SELECT b.slug FROM solution_block sb JOIN thematic_block b ON b.id = sb.block_id
                WHERE sb.solution_id = ? AND NOT sb.is_primary ORDER BY b.slug""").param(id)
                .query(String.class).list();
        Map<Vocabulary, List<String>> terms = new EnumMap<>(Vocabulary.class);
        jdbc.sql("SELECT vocabulary, code FROM solution_term WHERE solution_id = ? ORDER BY vocabulary, code").param(id)
                .query(rs -> {
                    terms.computeIfAbsent(Vocabulary.valueOf(rs.getString(1)), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        List<String> partners = jdbc.sql("""
                SELECT o.slug FROM solution_partner sp JOIN organisation o ON o.id = sp.organisation_id
                WHERE sp.solution_id = ? ORDER BY o.slug""").param(id).query(String.class).list();
        List<Inputs.Result> results = jdbc.sql(
                "SELECT label, amount, unit FROM solution_result WHERE solution_id = ? ORDER BY position").param(id)
                .query((rs, n) -> new Inputs.Result(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros(),
                        rs.getString(3))).list();
        List<Inputs.Component> components = jdbc.sql(
                "SELECT name, usage_text FROM solution_component WHERE solution_id = ? ORDER BY position").param(id)
                .query((rs, n) -> new Inputs.Component(rs.getString(1), rs.getString(2))).list();
        List<String> related = jdbc.sql(
                "SELECT related_solution_slug FROM solution_relation WHERE solution_id = ? ORDER BY position")
                .param(id).query(String.class).list();
        List<Inputs.File> files = jdbc.sql("""
                SELECT id, title, kind, file_name, sha256 FROM solution_file WHERE solution_id = ? ORDER BY position""")
                .param(id)
                .query((rs, n) -> new Inputs.File(rs.getLong(1), rs.getString(2), FileKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5))).list();
        return jdbc.sql("""
                SELECT s.slug, s.title, s.title_en, s.summary, s.goal, s.description, s.status, s.programme_code,
                  p.slug, b.slug, s.group_code, s.period_from, s.period_to, s.language, s.licence, s.keywords,
                  s.contact_name, s.contact_organisation, s.contact_email, s.verification_result, s.verified_on,
                  s.verified_by, s.source_hash, s.summary_en
                FROM solution s JOIN thematic_block b ON b.id = s.primary_block_id
                LEFT JOIN project p ON p.id = s.project_id WHERE s.id = ?""").param(id)
                .query((rs, n) -> new Inputs.Solution(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(24), rs.getString(5), rs.getString(6),
                        Status.valueOf(rs.getString(7)),
                        rs.getString(8), rs.getString(9), rs.getString(10), extraBlocks, rs.getString(11),
                        date(rs.getDate(12)), date(rs.getDate(13)), rs.getString(14), rs.getString(15),
                        CatalogQueries.lines(rs.getString(16)),
                        new Inputs.Contact(rs.getString(17), rs.getString(18), rs.getString(19)),
                        new Inputs.Verification(rs.getString(20), date(rs.getDate(21)), rs.getString(22)), terms,
                        partners, results, components, related, files, rs.getString(23)))
                .optional();
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
