package pl.innowacje.katalog.catalog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes areas and thematic blocks (with the block's fixed card). */
@Service
@Transactional
public class StructureWriter {

    private final JdbcClient jdbc;
    private final ChangeLog changeLog;

    StructureWriter(JdbcClient jdbc, ChangeLog changeLog) {
        this.jdbc = jdbc;
        this.changeLog = changeLog;
    }

    public boolean upsertArea(Inputs.Area a) {
        if (Slugs.unchanged(jdbc, "area", a.slug(), a.sourceHash())) {
            return false;
        }
        Object[] values = {a.title(), a.titleEn(), a.programmeCode(), a.description(), a.order(), a.sourceHash(),
                Timestamp.from(Instant.now()), a.slug()};
        int updated = jdbc.sql("""
                UPDATE area SET title = ?, title_en = ?, programme_code = ?, description = ?, sort_order = ?,
                  source_hash = ?, updated_at = ? WHERE slug = ?""").params(values).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO area (title, title_en, programme_code, description, sort_order, source_hash, updated_at, slug)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""").params(values).update();
        }
        changeLog.append(ChangeLog.Entity.AREA, Slugs.require(jdbc, "area", a.slug(), "area"));
        return true;
    }

    public boolean upsertBlock(Inputs.Block b) {
        if (Slugs.unchanged(jdbc, "thematic_block", b.slug(), b.sourceHash())) {
            return false;
        }
        long area = Slugs.require(jdbc, "area", b.areaSlug(), "area");
        Inputs.Contact c = b.coordinator() == null ? new Inputs.Contact(null, null, null) : b.coordinator();
        Object[] values = {area, b.title(), b.titleEn(), b.introduction(), Slugs.lines(b.problemsText()),
                Slugs.lines(b.benefits()), b.details(), b.howToUse(), c.name(), c.organisation(), c.email(), b.order(),
                b.sourceHash(), Timestamp.from(Instant.now()), b.slug()};
        int updated = jdbc.sql("""
                UPDATE thematic_block SET area_id = ?, title = ?, title_en = ?, introduction = ?, problems_text = ?,
                  benefits = ?, details = ?, how_to_use = ?, coordinator_name = ?, coordinator_organisation = ?,
                  coordinator_email = ?, sort_order = ?, source_hash = ?, updated_at = ? WHERE slug = ?""")
                .params(values).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO thematic_block (area_id, title, title_en, introduction, problems_text, benefits, details,
                      how_to_use, coordinator_name, coordinator_organisation, coordinator_email, sort_order, source_hash,
                      updated_at, slug) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(values).update();
        }
        long id = Slugs.require(jdbc, "thematic_block", b.slug(), "block");
        jdbc.sql("DELETE FROM block_term WHERE block_id = ?").param(id).update();
        for (Map.Entry<Vocabulary, List<String>> e : b.terms().entrySet()) {
            for (String code : e.getValue().stream().distinct().toList()) {
                jdbc.sql("INSERT INTO block_term (block_id, vocabulary, code) VALUES (?, ?, ?)")
                        .params(id, e.getKey().name(), code).update();
            }
        }
        jdbc.sql("DELETE FROM block_relation WHERE block_id = ?").param(id).update();
        int position = 0;
        for (String related : b.relatedBlockSlugs().stream().distinct().toList()) {
            jdbc.sql("INSERT INTO block_relation (block_id, related_block_slug, position) VALUES (?, ?, ?)")
                    .params(id, related, position++).update();
        }
        for (Inputs.Group g : b.groups()) {
            int changed = jdbc.sql("UPDATE solution_group SET title = ?, goal = ? WHERE block_id = ? AND code = ?")
                    .params(g.title(), g.goal(), id, g.code()).update();
            if (changed == 0) {
                jdbc.sql("INSERT INTO solution_group (block_id, code, title, goal) VALUES (?, ?, ?, ?)")
                        .params(id, g.code(), g.title(), g.goal()).update();
            }
        }
        changeLog.append(ChangeLog.Entity.BLOCK, id);
        return true;
    }
}
