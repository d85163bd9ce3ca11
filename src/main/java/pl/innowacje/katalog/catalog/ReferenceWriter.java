package pl.innowacje.katalog.catalog;

import java.sql.Date;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes vocabularies, organisations, projects and news: the records solutions and blocks refer to. */
@Service
@Transactional
public class ReferenceWriter {

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private final JdbcClient jdbc;
    private final Vocabularies vocabularies;
    private final ChangeLog changeLog;

    ReferenceWriter(JdbcClient jdbc, Vocabularies vocabularies, ChangeLog changeLog) {
        this.jdbc = jdbc;
        this.vocabularies = vocabularies;
        this.changeLog = changeLog;
    }

    /**
     * Adds a term, or changes an existing term's labels, from the staff area. Solutions index their terms' labels,
     * so a changed label goes into the change log and the index follows. Returns whether anything changed.
     */
    public boolean saveTerm(Vocabulary vocabulary, String code, String labelPl, String labelEn) {
        String pl = labelPl == null ? "" : labelPl.strip();
        String en = labelEn == null ? "" : labelEn.strip();
        if (code == null || !CODE.matcher(code).matches()) {
            throw new pl.innowacje.katalog.system.Refusal("vocabularies.error.code");
        }
        if (pl.isEmpty() || pl.length() > 255 || en.length() > 255) {
            throw new pl.innowacje.katalog.system.Refusal("vocabularies.error.label");
        }
        // Codes are compared as the database compares them (MySQL ignores case): one code, one term.
        java.util.Optional<Vocabularies.Term> same = vocabularies.terms(vocabulary).stream()
                .filter(t -> t.code().equalsIgnoreCase(code)).findFirst();
        if (same.isPresent() && !same.get().code().equals(code)) {
            throw new pl.innowacje.katalog.system.Refusal("vocabularies.error.codeCase", same.get().code());
        }
        if (same.isEmpty()) {
            int order = jdbc.sql("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM vocabulary_term WHERE vocabulary = ?")
                    .param(vocabulary.name()).query(Integer.class).single();
            jdbc.sql("""
                    INSERT INTO vocabulary_term (vocabulary, code, label_pl, label_en, sort_order) VALUES (?, ?, ?, ?, ?)""")
                    .params(vocabulary.name(), code, pl, en.isEmpty() ? pl : en, order).update();
            vocabularies.reload();
            return true;
        }
        String english = en.isEmpty() ? pl : en;
        // Compared here, not in SQL: the database's collation would take "zrodla" and "źródła" for the same label.
        if (same.get().labelPl().equals(pl) && english.equals(same.get().labelEn())) {
            return false;
        }
        jdbc.sql("UPDATE vocabulary_term SET label_pl = ?, label_en = ? WHERE vocabulary = ? AND code = ?")
                .params(pl, english, vocabulary.name(), code).update();
        long id = jdbc.sql("SELECT id FROM vocabulary_term WHERE vocabulary = ? AND code = ?")
                .params(vocabulary.name(), code).query(Long.class).single();
        changeLog.append(ChangeLog.Entity.TERM, id);
        vocabularies.reload();
        return true;
    }

    /** Inserts new terms and updates changed labels; returns how many rows changed. */
    public int upsertTerms(List<Inputs.Term> terms) {
        int changed = 0;
        for (Inputs.Term t : terms) {
            // Compared here, not in SQL, where the collation would ignore case and accents.
            boolean same = jdbc.sql("""
                    SELECT label_pl, label_en, parent_code, level_name, sort_order FROM vocabulary_term
                    WHERE vocabulary = ? AND code = ?""").params(t.vocabulary().name(), t.code())
                    .query((rs, n) -> rs.getString(1).equals(t.labelPl()) && rs.getString(2).equals(t.labelEn())
                            && nz(rs.getString(3)).equals(nz(t.parentCode())) && nz(rs.getString(4)).equals(nz(t.level()))
                            && rs.getInt(5) == t.order())
                    .optional().orElse(true);
            int updated = same ? 0 : jdbc.sql("""
                    UPDATE vocabulary_term SET label_pl = ?, label_en = ?, parent_code = ?, level_name = ?, sort_order = ?
                    WHERE vocabulary = ? AND code = ?""")
                    .params(t.labelPl(), t.labelEn(), t.parentCode(), t.level(), t.order(), t.vocabulary().name(),
                            t.code())
                    .update();
            if (updated > 0) {
                // A changed label changes what the solutions using the term are found by.
                changeLog.append(ChangeLog.Entity.TERM, jdbc.sql(
                        "SELECT id FROM vocabulary_term WHERE vocabulary = ? AND code = ?")
                        .params(t.vocabulary().name(), t.code()).query(Long.class).single());
            }
            if (updated == 0 && !vocabularies.exists(t.vocabulary(), t.code())) {
                jdbc.sql("""
                        INSERT INTO vocabulary_term (vocabulary, code, label_pl, label_en, parent_code, level_name, sort_order)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                        .params(t.vocabulary().name(), t.code(), t.labelPl(), t.labelEn(), t.parentCode(), t.level(),
                                t.order())
                        .update();
                updated = 1;
            }
            changed += updated;
        }
        if (changed > 0) {
            vocabularies.reload();
        }
        return changed;
    }

    public Written upsertOrganisation(Inputs.Organisation o) {
        if (Slugs.unchanged(jdbc, "organisation", o.slug(), o.sourceHash())) {
            return Written.UNCHANGED;
        }
        Object[] values = {o.name(), o.type(), o.regionCode(), o.website(), Slugs.lines(o.competences()), o.contact(),
                o.sourceHash(), o.slug()};
        int updated = jdbc.sql("""
                UPDATE organisation SET name = ?, org_type = ?, region_code = ?, website = ?, competences = ?,
                  contact = ?, source_hash = ? WHERE slug = ?""").params(values).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO organisation (name, org_type, region_code, website, competences, contact, source_hash, slug)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""").params(values).update();
        }
        return updated == 0 ? Written.CREATED : Written.UPDATED;
    }

    public Written upsertProject(Inputs.Project p) {
        if (Slugs.unchanged(jdbc, "project", p.slug(), p.sourceHash())) {
            return Written.UNCHANGED;
        }
        Long implementer = Slugs.optional(jdbc, "organisation", p.implementerSlug(), "organisation");
        Object[] values = {p.title(), p.programmeCode(), implementer, date(p.from()), date(p.to()), p.website(),
                p.sourceHash(), p.slug()};
        int updated = jdbc.sql("""
                UPDATE project SET title = ?, programme_code = ?, implementer_id = ?, start_date = ?, end_date = ?,
                  website = ?, source_hash = ? WHERE slug = ?""").params(values).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO project (title, programme_code, implementer_id, start_date, end_date, website, source_hash, slug)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""").params(values).update();
        }
        long id = Slugs.require(jdbc, "project", p.slug(), "project");
        jdbc.sql("DELETE FROM project_partner WHERE project_id = ?").param(id).update();
        for (String partner : p.partnerSlugs()) {
            long org = Slugs.require(jdbc, "organisation", partner, "organisation");
            jdbc.sql("INSERT INTO project_partner (project_id, organisation_id) VALUES (?, ?)").params(id, org).update();
        }
        return updated == 0 ? Written.CREATED : Written.UPDATED;
    }

    public Written upsertNews(Inputs.News n) {
        if (Slugs.unchanged(jdbc, "news_item", n.slug(), n.sourceHash())) {
            return Written.UNCHANGED;
        }
        Long block = Slugs.optional(jdbc, "thematic_block", n.blockSlug(), "block");
        Long project = Slugs.optional(jdbc, "project", n.projectSlug(), "project");
        Object[] values = {n.title(), date(n.date()), n.body(), block, project, n.sourceHash(), n.slug()};
        int updated = jdbc.sql("""
                UPDATE news_item SET title = ?, published_on = ?, body = ?, block_id = ?, project_id = ?, source_hash = ?
                WHERE slug = ?""").params(values).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO news_item (title, published_on, body, block_id, project_id, source_hash, slug)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""").params(values).update();
        }
        return updated == 0 ? Written.CREATED : Written.UPDATED;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static Date date(java.time.LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
