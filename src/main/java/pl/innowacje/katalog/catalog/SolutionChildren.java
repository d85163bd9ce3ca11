package pl.innowacje.katalog.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes what hangs off a solution row: blocks, terms, partners, results, components, relations and files. Rows are
 * replaced wholesale, except files, which keep their ids (and so their download URLs and counts).
 */
final class SolutionChildren {

    private final JdbcClient jdbc;

    SolutionChildren(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replace(long id, Inputs.Solution s, Set<Long> blocks, long primaryBlock) {
        for (String table : List.of("solution_block", "solution_term", "solution_partner", "solution_result",
                "solution_component", "solution_relation")) {
            jdbc.sql("DELETE FROM " + table + " WHERE solution_id = ?").param(id).update();
        }
        for (long block : blocks) {
            jdbc.sql("INSERT INTO solution_block (solution_id, block_id, is_primary) VALUES (?, ?, ?)")
                    .params(id, block, block == primaryBlock).update();
        }
        for (Map.Entry<Vocabulary, List<String>> e : s.terms().entrySet()) {
            for (String code : e.getValue().stream().distinct().toList()) {
                jdbc.sql("INSERT INTO solution_term (solution_id, vocabulary, code) VALUES (?, ?, ?)")
                        .params(id, e.getKey().name(), code).update();
            }
        }
        for (String partner : s.partnerSlugs().stream().distinct().toList()) {
            long org = Slugs.require(jdbc, "organisation", partner, "organisation");
            jdbc.sql("INSERT INTO solution_partner (solution_id, organisation_id) VALUES (?, ?)").params(id, org).update();
        }
        int position = 0;
        for (Inputs.Result r : s.results()) {
            jdbc.sql("INSERT INTO solution_result (solution_id, position, label, amount, unit) VALUES (?, ?, ?, ?, ?)")
                    .params(id, position++, r.label(), r.amount(), r.unit()).update();
        }
        position = 0;
        for (Inputs.Component c : s.components()) {
            jdbc.sql("INSERT INTO solution_component (solution_id, position, name, usage_text) VALUES (?, ?, ?, ?)")
                    .params(id, position++, c.name(), c.usage()).update();
        }
        position = 0;
        for (String related : s.relatedSlugs().stream().distinct().filter(r -> !r.equals(s.slug())).toList()) {
            jdbc.sql("INSERT INTO solution_relation (solution_id, related_solution_slug, position) VALUES (?, ?, ?)")
                    .params(id, related, position++).update();
        }
        replaceFiles(id, s.files());
    }

    /** Files are updated in place, so their ids stay; files no longer listed are dropped (their bytes stay). */
    private void replaceFiles(long id, List<Inputs.File> files) {
        Map<Long, Long> byId = new HashMap<>();
        Map<String, Long> byName = new HashMap<>();
        jdbc.sql("SELECT file_name, id FROM solution_file WHERE solution_id = ?").param(id)
                .query(rs -> {
                    byName.put(rs.getString(1), rs.getLong(2));
                    byId.put(rs.getLong(2), rs.getLong(2));
                });
        // Ids come from the staff editor, which names every file it keeps; the content loader knows no ids and names
        // files by name. Never both: a new upload named like a kept file is a second file, not a replacement.
        boolean byNames = files.stream().allMatch(f -> f.id() == null);
        int position = 0;
        for (Inputs.File f : files) {
            Long fileId = f.id() != null ? byId.remove(f.id()) : byNames ? byName.get(f.fileName()) : null;
            if (fileId != null) {
                byId.remove(fileId);
                jdbc.sql("UPDATE solution_file SET position = ?, title = ?, kind = ?, file_name = ?, sha256 = ? WHERE id = ?")
                        .params(position++, f.title(), f.kind().name(), f.fileName(), f.sha256(), fileId).update();
            } else {
                jdbc.sql("""
                        INSERT INTO solution_file (solution_id, position, title, kind, file_name, sha256)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                        .params(id, position++, f.title(), f.kind().name(), f.fileName(), f.sha256()).update();
            }
        }
        for (long gone : byId.values()) {
            jdbc.sql("DELETE FROM solution_file WHERE id = ?").param(gone).update();
        }
    }
}
