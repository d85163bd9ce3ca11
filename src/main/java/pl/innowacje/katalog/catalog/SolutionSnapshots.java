package pl.innowacje.katalog.catalog;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads solutions for the index in batches: one query per child table for the whole batch, so rebuilding the index
 * costs a handful of queries per few hundred solutions rather than a dozen per solution.
 */
@Service
@Transactional(readOnly = true)
public class SolutionSnapshots {

    private final JdbcClient jdbc;

    SolutionSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ids in ascending order after {@code afterId}, for paging through the whole catalogue. */
    public List<Long> ids(long afterId, int limit) {
        return jdbc.sql("SELECT id FROM solution WHERE id > ? ORDER BY id LIMIT ?").params(afterId, limit)
                .query(Long.class).list();
    }

    public List<Long> idsInBlock(long blockId) {
        return jdbc.sql("SELECT solution_id FROM solution_block WHERE block_id = ?").param(blockId)
                .query(Long.class).list();
    }

    public List<Long> idsInArea(long areaId) {
        return jdbc.sql("""
                SELECT DISTINCT sb.solution_id FROM solution_block sb JOIN thematic_block b ON b.id = sb.block_id
                WHERE b.area_id = ?""").param(areaId).query(Long.class).list();
    }

    /** Solutions that use a vocabulary term, by the term's id: its labels are indexed with them. */
    public List<Long> idsWithTerm(long termId) {
        return jdbc.sql("""
                SELECT st.solution_id FROM solution_term st JOIN vocabulary_term t
                  ON t.vocabulary = st.vocabulary AND t.code = st.code WHERE t.id = ?""").param(termId)
                .query(Long.class).list();
    }

    /** Snapshots of the given solutions; ids that no longer exist are simply absent. */
    public List<SolutionSnapshot> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<SolutionSnapshot.BlockRef>> blocks = new HashMap<>();
        jdbc.sql("""
                SELECT sb.solution_id, b.slug, b.title, a.slug, a.title FROM solution_block sb
                JOIN thematic_block b ON b.id = sb.block_id JOIN area a ON a.id = b.area_id
                WHERE sb.solution_id IN (:ids) ORDER BY sb.solution_id, sb.is_primary DESC, b.sort_order""")
                .param("ids", ids)
                .query(rs -> {
                    blocks.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new SolutionSnapshot.BlockRef(
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                });
        Map<Long, Map<Vocabulary, List<String>>> terms = new HashMap<>();
        jdbc.sql("SELECT solution_id, vocabulary, code FROM solution_term WHERE solution_id IN (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    terms.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Vocabulary.class))
                            .computeIfAbsent(Vocabulary.valueOf(rs.getString(2)), k -> new ArrayList<>())
                            .add(rs.getString(3));
                });
        Map<Long, List<String>> extra = new HashMap<>();
        jdbc.sql("SELECT solution_id, name, usage_text FROM solution_component WHERE solution_id IN (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    extra.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2) + ". " + nz(rs.getString(3)));
                });
        jdbc.sql("SELECT solution_id, label, amount, unit FROM solution_result WHERE solution_id IN (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    extra.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2) + " " + rs.getBigDecimal(3).stripTrailingZeros().toPlainString()
                                    + " " + nz(rs.getString(4)));
                });
        jdbc.sql("""
                SELECT s.id, p.title, o.name FROM solution s JOIN project p ON p.id = s.project_id
                LEFT JOIN organisation o ON o.id = p.implementer_id WHERE s.id IN (:ids)""")
                .param("ids", ids)
                .query(rs -> {
                    extra.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2) + ". " + nz(rs.getString(3)));
                });
        jdbc.sql("""
                SELECT sp.solution_id, o.name FROM solution_partner sp JOIN organisation o ON o.id = sp.organisation_id
                WHERE sp.solution_id IN (:ids)""")
                .param("ids", ids)
                .query(rs -> {
                    extra.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<Long, List<SolutionSnapshot.FileRef>> files = new HashMap<>();
        jdbc.sql("""
                SELECT f.solution_id, f.id, f.title, f.file_name, f.sha256, b.media_type, f.download_count
                FROM solution_file f JOIN stored_blob b ON b.sha256 = f.sha256
                WHERE f.solution_id IN (:ids) ORDER BY f.solution_id, f.position""")
                .param("ids", ids)
                .query(rs -> {
                    files.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new SolutionSnapshot.FileRef(
                            rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getLong(7)));
                });
        Map<Long, SolutionSnapshot> out = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT id, slug, title, title_en, summary, goal, description, status, programme_code, published_at,
                  updated_at, keywords, period_from, period_to, summary_en FROM solution WHERE id IN (:ids)""")
                .param("ids", ids)
                .query(rs -> {
                    long id = rs.getLong(1);
                    List<String> more = new ArrayList<>(extra.getOrDefault(id, List.of()));
                    if (rs.getString(12) != null) {
                        more.add(rs.getString(12).replace('\n', ' '));
                    }
                    // The English summary is searched (a reader may ask in English), not shown in passages.
                    if (rs.getString(15) != null) {
                        more.add(rs.getString(15));
                    }
                    Timestamp published = rs.getTimestamp(10);
                    out.put(id, new SolutionSnapshot(id, rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), Status.valueOf(rs.getString(8)),
                            rs.getString(9), published == null ? null : published.toInstant(),
                            rs.getTimestamp(11).toInstant(), blocks.getOrDefault(id, List.of()),
                            terms.getOrDefault(id, Map.of()), more, files.getOrDefault(id, List.of()),
                            year(rs.getDate(13)), year(rs.getDate(14))));
                });
        return new ArrayList<>(out.values());
    }

    private static Integer year(java.sql.Date date) {
        return date == null ? null : date.toLocalDate().getYear();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
