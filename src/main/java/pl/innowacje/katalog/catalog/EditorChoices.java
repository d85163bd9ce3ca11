package pl.innowacje.katalog.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What staff choose from in the editors: blocks (with their areas and groups), projects and organisations. */
@Service
@Transactional(readOnly = true)
public class EditorChoices {

    public record Option(String value, String label) {
    }

    public record BlockOption(long id, String slug, String title, String areaTitle, List<Option> groups) {
    }

    private final JdbcClient jdbc;

    EditorChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Blocks in the browse order, each with its groups of solutions that share a goal. */
    public List<BlockOption> blocks() {
        Map<Long, List<Option>> groups = new LinkedHashMap<>();
        jdbc.sql("SELECT block_id, code, title FROM solution_group ORDER BY block_id, id").query(rs -> {
            groups.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Option(rs.getString(2), rs.getString(3)));
        });
        return jdbc.sql("""
                SELECT b.id, b.slug, b.title, a.title FROM thematic_block b JOIN area a ON a.id = b.area_id
                ORDER BY a.sort_order, a.title, b.sort_order, b.title""")
                .query((rs, n) -> new BlockOption(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        groups.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    /** A block's id by its slug; 0 for none. */
    public long blockId(String slug) {
        return Slugs.find(jdbc, "thematic_block", slug).orElse(0L);
    }

    public List<Option> projects() {
        return jdbc.sql("SELECT slug, title FROM project ORDER BY title")
                .query((rs, n) -> new Option(rs.getString(1), rs.getString(2))).list();
    }

    public List<Option> organisations() {
        return jdbc.sql("SELECT slug, name FROM organisation ORDER BY name")
                .query((rs, n) -> new Option(rs.getString(1), rs.getString(2))).list();
    }

    /** Which of these slugs name no solution (related solutions are named by slug). */
    public List<String> unknownSolutions(List<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        List<String> known = jdbc.sql("SELECT slug FROM solution WHERE slug IN (:slugs)").param("slugs", slugs)
                .query(String.class).list();
        return slugs.stream().filter(s -> !known.contains(s)).toList();
    }
}
