package pl.innowacje.katalog.catalog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pl.innowacje.katalog.system.Refusal;

/**
 * Writes a whole solution in one transaction: the record, its terms, blocks, results, components, relations and
 * files, a status-history row when the status changes, a revision with every field, and the change-log row the index
 * follows. Three doors: the content loader's upsert by slug, a new draft, and an edit of an existing solution.
 */
@Service
@Transactional
public class SolutionWriter {

    private static final String INSERT = """
            INSERT INTO solution (title, title_en, summary, summary_en, goal, description, status, programme_code, project_id,
              primary_block_id, group_code, period_from, period_to, language, licence, keywords, contact_name,
              contact_organisation, contact_email, verification_result, verified_on, verified_by, published_at,
              updated_at, source_hash, slug, created_at, created_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final ChangeLog changeLog;
    private final Revisions revisions;
    private final SolutionRecords records;
    private final SolutionChildren children;

    SolutionWriter(JdbcClient jdbc, ChangeLog changeLog, Revisions revisions, SolutionRecords records) {
        this.jdbc = jdbc;
        this.changeLog = changeLog;
        this.revisions = revisions;
        this.records = records;
        this.children = new SolutionChildren(jdbc);
    }

    /**
     * Creates or updates by slug; a record whose source did not change is left alone, and one that staff have
     * changed since (an edit or a workflow step) is refused rather than overwritten.
     */
    public Written upsert(Inputs.Solution s, String changedBy) {
        if (Slugs.unchanged(jdbc, "solution", s.slug(), s.sourceHash())) {
            return Written.UNCHANGED;
        }
        Status previous = status(s.slug());
        if (previous != null && revisions.changedByOtherThan(ChangeLog.Entity.SOLUTION,
                Slugs.require(jdbc, "solution", s.slug(), "solution"), changedBy)) {
            // Staff work is never overwritten by a file: the catalogue keeps the staff's version.
            throw new Refusal("catalog.error.changedByStaff");
        }
        return write(s, previous, changedBy, null);
    }

    /**
     * An import by a member of staff, who has been found entitled to it: created or updated by slug, or left alone
     * when every field, the status and the verification are as the record has them, whatever the source's form.
     * The revision carries {@code note} (the package it came from).
     */
    public Written put(Inputs.Solution s, String by, String note) {
        Status previous = status(s.slug());
        if (previous != null) {
            Inputs.Solution current = records.load(Slugs.require(jdbc, "solution", s.slug(), "solution"))
                    .orElseThrow();
            Inputs.Verification none = new Inputs.Verification(null, null, null);
            if (previous == s.status() && RevisionFields.of(current).equals(RevisionFields.of(s))
                    && current.verification().equals(s.verification() == null ? none : s.verification())) {
                return Written.UNCHANGED;
            }
        }
        return write(s, previous, by, note);
    }

    private Status status(String slug) {
        return jdbc.sql("SELECT status FROM solution WHERE slug = ?").param(slug)
                .query(String.class).optional().map(Status::valueOf).orElse(null);
    }

    private Written write(Inputs.Solution s, Status previous, String by, String note) {
        Set<Long> blocks = blocks(s);
        long primaryBlock = blocks.iterator().next();
        Timestamp now = Timestamp.from(Instant.now());
        Inputs.Verification v = s.verification() == null ? new Inputs.Verification(null, null, null) : s.verification();
        // A published solution is dated by its verification; that date orders "newest" and feeds the Atom feeds.
        Timestamp publishedAt = s.status().isPublic()
                ? (v.date() != null ? Timestamp.valueOf(v.date().atStartOfDay()) : now) : null;
        Object[] values = values(s, primaryBlock, publishedAt, now);
        if (previous == null) {
            jdbc.sql(INSERT).params(append(values, now, by)).update();
        } else {
            jdbc.sql("""
                    UPDATE solution SET title = ?, title_en = ?, summary = ?, summary_en = ?, goal = ?, description = ?,
                      status = ?,
                      programme_code = ?, project_id = ?, primary_block_id = ?, group_code = ?, period_from = ?,
                      period_to = ?, language = ?, licence = ?, keywords = ?, contact_name = ?, contact_organisation = ?,
                      contact_email = ?, verification_result = ?, verified_on = ?, verified_by = ?, published_at = ?,
                      updated_at = ?, source_hash = ? WHERE slug = ?""").params(values).update();
        }
        long id = Slugs.require(jdbc, "solution", s.slug(), "solution");
        children.replace(id, s, blocks, primaryBlock);
        if (previous != s.status()) {
            statusChange(id, previous, s.status(), by, now);
        }
        revisions.record(ChangeLog.Entity.SOLUTION, id, by, note, RevisionFields.of(s));
        changeLog.append(ChangeLog.Entity.SOLUTION, id);
        return previous == null ? Written.CREATED : Written.UPDATED;
    }

    /**
     * A new draft made by a member of staff, who becomes its owner. Its slug is made from {@code s.slug()}, with a
     * number added when another solution has it; the status, verification and source are ignored. Returns the id.
     */
    public long create(Inputs.Solution s, String by) {
        String slug = Slugs.unique(jdbc, "solution", s.slug());
        Inputs.Solution draft = new Inputs.Solution(slug, s.title(), s.titleEn(), s.summary(), s.summaryEn(),
                s.goal(),
                s.description(), Status.DRAFT, s.programmeCode(), s.projectSlug(), s.primaryBlockSlug(),
                s.extraBlockSlugs(), s.groupCode(), s.periodFrom(), s.periodTo(), s.language(), s.licence(),
                s.keywords(), s.contact(), null, s.terms(), s.partnerSlugs(), s.results(), s.components(),
                s.relatedSlugs(), s.files(), null);
        Set<Long> blocks = blocks(draft);
        long primaryBlock = blocks.iterator().next();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql(INSERT).params(append(values(draft, primaryBlock, null, now), now, by)).update();
        long id = Slugs.require(jdbc, "solution", slug, "solution");
        children.replace(id, draft, blocks, primaryBlock);
        statusChange(id, null, Status.DRAFT, by, now);
        revisions.record(ChangeLog.Entity.SOLUTION, id, by, null, RevisionFields.of(draft));
        changeLog.append(ChangeLog.Entity.SOLUTION, id);
        return id;
    }

    /**
     * Changes the editable part of a solution: {@code change} gets the current record and returns the next one; its
     * slug, status, verification and source stay as they are. {@code basedOn} is the revision the editor started
     * from: when someone saved in between, the edit is refused rather than silently overwriting their work (a
     * negative value skips the check, for small changes such as a file's position). A change that changes nothing
     * writes nothing. Returns the id of the revision the solution is at afterwards.
     */
    public long edit(long id, String by, String note, long basedOn, UnaryOperator<Inputs.Solution> change) {
        // The row lock orders concurrent edits; the creator signs the baseline of a record older than revisions.
        String creator = jdbc.sql("SELECT COALESCE(created_by, 'system') FROM solution WHERE id = ? FOR UPDATE")
                .param(id).query(String.class).optional().orElseThrow(() -> new Refusal("editor.error.missing"));
        Inputs.Solution current = records.load(id).orElseThrow();
        revisions.beginEdit(ChangeLog.Entity.SOLUTION, id, basedOn, creator, RevisionFields.of(current),
                Set.of("files"));
        Inputs.Solution next = change.apply(current);
        if (RevisionFields.of(next).equals(RevisionFields.of(current))) {
            return revisions.latest(ChangeLog.Entity.SOLUTION, id);
        }
        Set<Long> blocks = blocks(next);
        long primaryBlock = blocks.iterator().next();
        Inputs.Contact c = next.contact() == null ? new Inputs.Contact(null, null, null) : next.contact();
        jdbc.sql("""
                UPDATE solution SET title = ?, title_en = ?, summary = ?, summary_en = ?, goal = ?, description = ?,
                  programme_code = ?, project_id = ?, primary_block_id = ?, group_code = ?, period_from = ?,
                  period_to = ?, language = ?, licence = ?, keywords = ?, contact_name = ?, contact_organisation = ?,
                  contact_email = ?, updated_at = ? WHERE id = ?""")
                .params(next.title(), next.titleEn(), next.summary(), next.summaryEn(), next.goal(), next.description(),
                        next.programmeCode(), Slugs.optional(jdbc, "project", next.projectSlug(), "project"),
                        primaryBlock, next.groupCode(), ReferenceWriter.date(next.periodFrom()),
                        ReferenceWriter.date(next.periodTo()), next.language(), next.licence(),
                        Slugs.lines(next.keywords()), c.name(), c.organisation(), c.email(),
                        Timestamp.from(Instant.now()), id)
                .update();
        children.replace(id, next, blocks, primaryBlock);
        Inputs.Solution saved = records.load(id).orElseThrow();
        revisions.record(ChangeLog.Entity.SOLUTION, id, by, note, RevisionFields.of(saved));
        changeLog.append(ChangeLog.Entity.SOLUTION, id);
        return revisions.latest(ChangeLog.Entity.SOLUTION, id);
    }

    /** The primary block first, then the others; a block that does not exist is refused by name. */
    private Set<Long> blocks(Inputs.Solution s) {
        Set<Long> blocks = new LinkedHashSet<>();
        blocks.add(Slugs.require(jdbc, "thematic_block", s.primaryBlockSlug(), "block"));
        for (String slug : s.extraBlockSlugs()) {
            blocks.add(Slugs.require(jdbc, "thematic_block", slug, "block"));
        }
        return blocks;
    }

    private Object[] values(Inputs.Solution s, long primaryBlock, Timestamp publishedAt, Timestamp now) {
        Long project = Slugs.optional(jdbc, "project", s.projectSlug(), "project");
        Inputs.Contact c = s.contact() == null ? new Inputs.Contact(null, null, null) : s.contact();
        Inputs.Verification v = s.verification() == null ? new Inputs.Verification(null, null, null) : s.verification();
        return new Object[] {s.title(), s.titleEn(), s.summary(), s.summaryEn(), s.goal(), s.description(),
                s.status().name(),
                s.programmeCode(), project, primaryBlock, s.groupCode(), ReferenceWriter.date(s.periodFrom()),
                ReferenceWriter.date(s.periodTo()), s.language(), s.licence(), Slugs.lines(s.keywords()), c.name(),
                c.organisation(), c.email(), v.result(), ReferenceWriter.date(v.date()), v.by(), publishedAt, now,
                s.sourceHash(), s.slug()};
    }

    private void statusChange(long id, Status from, Status to, String by, Timestamp at) {
        jdbc.sql("""
                INSERT INTO solution_status_change (solution_id, from_status, to_status, changed_by, changed_at, reason)
                VALUES (?, ?, ?, ?, ?, NULL)""")
                .params(id, from == null ? null : from.name(), to.name(), by, at).update();
    }

    private static Object[] append(Object[] values, Object... more) {
        Object[] all = java.util.Arrays.copyOf(values, values.length + more.length);
        System.arraycopy(more, 0, all, values.length, more.length);
        return all;
    }
}
