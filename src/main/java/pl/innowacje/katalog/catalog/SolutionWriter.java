package pl.innowacje.katalog.catalog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a whole solution in one transaction: the record, its terms, blocks, results, components, relations and
 * files, a status-history row when the status changes, and the change-log row the index follows.
 */
@Service
@Transactional
public class SolutionWriter {

    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    private final JdbcClient jdbc;
    private final ChangeLog changeLog;

    SolutionWriter(JdbcClient jdbc, ChangeLog changeLog) {
        this.jdbc = jdbc;
        this.changeLog = changeLog;
    }

    public Outcome upsert(Inputs.Solution s, String changedBy) {
        if (Slugs.unchanged(jdbc, "solution", s.slug(), s.sourceHash())) {
            return Outcome.UNCHANGED;
        }
        long primaryBlock = Slugs.require(jdbc, "thematic_block", s.primaryBlockSlug(), "block");
        Set<Long> blocks = new LinkedHashSet<>();
        blocks.add(primaryBlock);
        for (String slug : s.extraBlockSlugs()) {
            blocks.add(Slugs.require(jdbc, "thematic_block", slug, "block"));
        }
        Long project = Slugs.optional(jdbc, "project", s.projectSlug(), "project");
        Timestamp now = Timestamp.from(Instant.now());
        Inputs.Contact c = s.contact() == null ? new Inputs.Contact(null, null, null) : s.contact();
        Inputs.Verification v = s.verification() == null ? new Inputs.Verification(null, null, null) : s.verification();
        // A published solution is dated by its verification; that date orders "newest" and feeds the Atom feeds.
        Timestamp publishedAt = s.status().isPublic()
                ? (v.date() != null ? Timestamp.valueOf(v.date().atStartOfDay()) : now) : null;

        Status previous = jdbc.sql("SELECT status FROM solution WHERE slug = ?").param(s.slug())
                .query(String.class).optional().map(Status::valueOf).orElse(null);
        Object[] values = {s.title(), s.titleEn(), s.summary(), s.goal(), s.description(), s.status().name(),
                s.programmeCode(), project, primaryBlock, s.groupCode(), ReferenceWriter.date(s.periodFrom()),
                ReferenceWriter.date(s.periodTo()), s.language(), s.licence(), Slugs.lines(s.keywords()), c.name(),
                c.organisation(), c.email(), v.result(), ReferenceWriter.date(v.date()), v.by(), publishedAt, now,
                s.sourceHash(), s.slug()};
        if (previous == null) {
            jdbc.sql("""
                    INSERT INTO solution (title, title_en, summary, goal, description, status, programme_code, project_id,
                      primary_block_id, group_code, period_from, period_to, language, licence, keywords, contact_name,
                      contact_organisation, contact_email, verification_result, verified_on, verified_by, published_at,
                      updated_at, source_hash, slug, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(append(values, now)).update();
        } else {
            jdbc.sql("""
                    UPDATE solution SET title = ?, title_en = ?, summary = ?, goal = ?, description = ?, status = ?,
                      programme_code = ?, project_id = ?, primary_block_id = ?, group_code = ?, period_from = ?,
                      period_to = ?, language = ?, licence = ?, keywords = ?, contact_name = ?, contact_organisation = ?,
                      contact_email = ?, verification_result = ?, verified_on = ?, verified_by = ?, published_at = ?,
                      updated_at = ?, source_hash = ? WHERE slug = ?""").params(values).update();
        }
        long id = Slugs.require(jdbc, "solution", s.slug(), "solution");
        replaceChildren(id, s, blocks, primaryBlock);
        if (previous != s.status()) {
            jdbc.sql("""
                    INSERT INTO solution_status_change (solution_id, from_status, to_status, changed_by, changed_at, reason)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(id, previous == null ? null : previous.name(), s.status().name(), changedBy, now,
                            previous == null ? "loaded" : "updated")
                    .update();
        }
        changeLog.append(ChangeLog.Entity.SOLUTION, id);
        return previous == null ? Outcome.CREATED : Outcome.UPDATED;
    }

    private void replaceChildren(long id, Inputs.Solution s, Set<Long> blocks, long primaryBlock) {
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

    /** Updates files in place by file name, so their ids, download URLs and counts stay; drops the ones gone. */
    private void replaceFiles(long id, List<Inputs.File> files) {
        Map<String, Long> existing = new java.util.HashMap<>();
        jdbc.sql("SELECT file_name, id FROM solution_file WHERE solution_id = ?").param(id)
                .query((rs, n) -> existing.put(rs.getString(1), rs.getLong(2))).list();
        int position = 0;
        for (Inputs.File f : files) {
            Long fileId = existing.remove(f.fileName());
            if (fileId != null) {
                jdbc.sql("UPDATE solution_file SET position = ?, title = ?, kind = ?, sha256 = ? WHERE id = ?")
                        .params(position++, f.title(), f.kind().name(), f.sha256(), fileId).update();
            } else {
                jdbc.sql("""
                        INSERT INTO solution_file (solution_id, position, title, kind, file_name, sha256)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                        .params(id, position++, f.title(), f.kind().name(), f.fileName(), f.sha256()).update();
            }
        }
        for (long gone : existing.values()) {
            jdbc.sql("DELETE FROM solution_file WHERE id = ?").param(gone).update();
        }
    }

    private static Object[] append(Object[] values, Object last) {
        Object[] all = java.util.Arrays.copyOf(values, values.length + 1);
        all[values.length] = last;
        return all;
    }
}
