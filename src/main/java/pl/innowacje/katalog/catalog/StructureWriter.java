package pl.innowacje.katalog.catalog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pl.innowacje.katalog.system.Refusal;

/** Writes areas and thematic blocks (with the block's fixed card). */
@Service
@Transactional
public class StructureWriter {

    private final JdbcClient jdbc;
    private final ChangeLog changeLog;
    private final Revisions revisions;
    private final BlockRecords blocks;

    StructureWriter(JdbcClient jdbc, ChangeLog changeLog, Revisions revisions, BlockRecords blocks) {
        this.jdbc = jdbc;
        this.changeLog = changeLog;
        this.revisions = revisions;
        this.blocks = blocks;
    }

    public Written upsertArea(Inputs.Area a) {
        if (Slugs.unchanged(jdbc, "area", a.slug(), a.sourceHash())) {
            return Written.UNCHANGED;
        }
        Object[] values = {a.title(), a.titleEn(), a.summaryEn(), a.programmeCode(), a.description(), a.order(),
                a.sourceHash(), Timestamp.from(Instant.now()), a.slug()};
        int updated = jdbc.sql("""
                UPDATE area SET title = ?, title_en = ?, summary_en = ?, programme_code = ?, description = ?,
                  sort_order = ?, source_hash = ?, updated_at = ? WHERE slug = ?""").params(values).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO area (title, title_en, summary_en, programme_code, description, sort_order, source_hash,
                      updated_at, slug) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(values).update();
        }
        changeLog.append(ChangeLog.Entity.AREA, Slugs.require(jdbc, "area", a.slug(), "area"));
        return updated == 0 ? Written.CREATED : Written.UPDATED;
    }

    public Written upsertBlock(Inputs.Block b) {
        if (Slugs.unchanged(jdbc, "thematic_block", b.slug(), b.sourceHash())) {
            return Written.UNCHANGED;
        }
        java.util.Optional<Long> existing = Slugs.find(jdbc, "thematic_block", b.slug());
        if (existing.isPresent() && revisions.changedByOtherThan(ChangeLog.Entity.BLOCK, existing.get(), "content")) {
            throw new Refusal("catalog.error.blockChangedByStaff");
        }
        long id = write(b);
        revisions.record(ChangeLog.Entity.BLOCK, id, "content", null, RevisionFields.of(b));
        changeLog.append(ChangeLog.Entity.BLOCK, id);
        return existing.isPresent() ? Written.UPDATED : Written.CREATED;
    }

    /**
     * Changes a block's card from the staff area: {@code change} gets the current card and returns the next; the
     * block's slug, area, order and source stay. As with solutions, an edit started from an older revision than the
     * block's newest ({@code basedOn}) is refused, and one that changes nothing writes nothing.
     */
    public void editBlock(long id, String by, String note, long basedOn, UnaryOperator<Inputs.Block> change) {
        jdbc.sql("SELECT id FROM thematic_block WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional()
                .orElseThrow(() -> new Refusal("blocks.error.missing"));
        Inputs.Block current = blocks.load(id).orElseThrow();
        revisions.beginEdit(ChangeLog.Entity.BLOCK, id, basedOn, "content", RevisionFields.of(current), Set.of());
        Inputs.Block wanted = change.apply(current);
        // A new group (no code yet) is named after its title; codes stay once given, solutions refer to them.
        java.util.Set<String> codes = new java.util.HashSet<>();
        current.groups().forEach(g -> codes.add(g.code()));
        List<Inputs.Group> groups = new java.util.ArrayList<>();
        for (Inputs.Group g : wanted.groups()) {
            String code = g.code();
            if (code == null || code.isBlank()) {
                // Room for a "-N" suffix within the column's 120 characters.
                String base = Slugs.of(g.title());
                base = base.length() > 110 ? base.substring(0, 110) : base;
                code = base;
                for (int n = 2; codes.contains(code); n++) {
                    code = base + "-" + n;
                }
            }
            codes.add(code);
            groups.add(new Inputs.Group(code, g.title(), g.goal()));
        }
        Inputs.Block next = new Inputs.Block(current.slug(), current.areaSlug(), wanted.title(), wanted.titleEn(),
                wanted.summaryEn(), wanted.introduction(), wanted.problemsText(), wanted.benefits(), wanted.details(), wanted.howToUse(),
                wanted.coordinator(), wanted.terms(), wanted.relatedBlockSlugs(), groups, current.order(),
                current.sourceHash());
        if (RevisionFields.of(next).equals(RevisionFields.of(current))) {
            return;
        }
        // A group left out is removed, unless solutions still belong to it.
        List<Inputs.Group> dropped = current.groups().stream()
                .filter(g -> next.groups().stream().noneMatch(n -> n.code().equals(g.code()))).toList();
        for (Inputs.Group g : dropped) {
            if (jdbc.sql("SELECT COUNT(*) FROM solution WHERE primary_block_id = ? AND group_code = ?")
                    .params(id, g.code()).query(Long.class).single() > 0) {
                throw new Refusal("blocks.error.groupInUse", g.title());
            }
            jdbc.sql("DELETE FROM solution_group WHERE block_id = ? AND code = ?").params(id, g.code()).update();
        }
        write(next);
        revisions.record(ChangeLog.Entity.BLOCK, id, by, note, RevisionFields.of(blocks.load(id).orElseThrow()));
        changeLog.append(ChangeLog.Entity.BLOCK, id);
    }

    private long write(Inputs.Block b) {
        long area = Slugs.require(jdbc, "area", b.areaSlug(), "area");
        Inputs.Contact c = b.coordinator() == null ? new Inputs.Contact(null, null, null) : b.coordinator();
        Object[] values = {area, b.title(), b.titleEn(), b.summaryEn(), b.introduction(), Slugs.lines(b.problemsText()),
                Slugs.lines(b.benefits()), b.details(), b.howToUse(), c.name(), c.organisation(), c.email(), b.order(),
                b.sourceHash(), Timestamp.from(Instant.now()), b.slug()};
        int updated = jdbc.sql("""
                UPDATE thematic_block SET area_id = ?, title = ?, title_en = ?, summary_en = ?, introduction = ?,
                  problems_text = ?,
                  benefits = ?, details = ?, how_to_use = ?, coordinator_name = ?, coordinator_organisation = ?,
                  coordinator_email = ?, sort_order = ?, source_hash = ?, updated_at = ? WHERE slug = ?""")
                .params(values).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO thematic_block (area_id, title, title_en, summary_en, introduction, problems_text,
                      benefits, details, how_to_use, coordinator_name, coordinator_organisation, coordinator_email,
                      sort_order, source_hash, updated_at, slug)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(values).update();
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
        return id;
    }
}
