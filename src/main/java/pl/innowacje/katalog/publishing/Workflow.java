package pl.innowacje.katalog.publishing;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pl.innowacje.katalog.catalog.ChangeLog;
import pl.innowacje.katalog.catalog.Status;
import pl.innowacje.katalog.system.Refusal;

/**
 * Moves a solution through the verification workflow. Every step is checked (the status it starts from, the actor's
 * role and blocks, a reason where one is required), recorded with who, when and why, and written to the change log in
 * the same transaction, so the public site and search follow within moments.
 */
@Service
@Transactional
public class Workflow {

    /** Who acts: a staff username, and whether they are an administrator or coordinate given blocks. */
    public record Actor(String username, boolean admin, boolean coordinator, List<Long> blockIds) {
    }

    private final JdbcClient jdbc;
    private final ChangeLog changeLog;

    Workflow(JdbcClient jdbc, ChangeLog changeLog) {
        this.jdbc = jdbc;
        this.changeLog = changeLog;
    }

    public Status apply(long solutionId, Action action, Actor actor, String reason) {
        Status current = jdbc.sql("SELECT status FROM solution WHERE id = ? FOR UPDATE").param(solutionId)
                .query(String.class).optional().map(Status::valueOf)
                .orElseThrow(() -> new Refusal("workflow.error.missing"));
        if (!action.allowedFrom(current)) {
            throw new Refusal("workflow.error.illegal");
        }
        if (action.coordinatorsOnly() && !actor.admin() && !(actor.coordinator() && inTheirBlocks(solutionId, actor))) {
            throw new Refusal("workflow.error.role");
        }
        String why = reason == null ? "" : reason.strip();
        if (action.reasonRequired() && why.isEmpty()) {
            throw new Refusal("workflow.error.reason");
        }
        if (why.length() > 4000) {
            throw new Refusal("workflow.error.reasonLength");
        }
        Timestamp now = Timestamp.from(Instant.now());
        switch (action) {
            case PUBLISH -> jdbc.sql("""
                    UPDATE solution SET status = ?, verification_result = 'POSITIVE', verified_on = ?, verified_by = ?,
                      published_at = ?, withdrawal_reason = NULL, updated_at = ? WHERE id = ?""")
                    .params(action.to().name(), Date.valueOf(LocalDate.now()), actor.username(), now, now, solutionId)
                    .update();
            case MARK_IN_DEVELOPMENT -> jdbc.sql("""
                    UPDATE solution SET status = ?, published_at = COALESCE(published_at, ?), updated_at = ?
                    WHERE id = ?""").params(action.to().name(), now, now, solutionId).update();
            case WITHDRAW -> jdbc.sql("UPDATE solution SET status = ?, withdrawal_reason = ?, updated_at = ? WHERE id = ?")
                    .params(action.to().name(), why, now, solutionId).update();
            default -> jdbc.sql("UPDATE solution SET status = ?, updated_at = ? WHERE id = ?")
                    .params(action.to().name(), now, solutionId).update();
        }
        jdbc.sql("""
                INSERT INTO solution_status_change (solution_id, from_status, to_status, changed_by, changed_at, reason)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(solutionId, current.name(), action.to().name(), actor.username(), now,
                        why.isEmpty() ? null : why)
                .update();
        changeLog.append(ChangeLog.Entity.SOLUTION, solutionId);
        return action.to();
    }

    private boolean inTheirBlocks(long solutionId, Actor actor) {
        if (actor.blockIds().isEmpty()) {
            return false;
        }
        return jdbc.sql("SELECT COUNT(*) FROM solution_block WHERE solution_id = :id AND block_id IN (:blocks)")
                .param("id", solutionId).param("blocks", actor.blockIds()).query(Long.class).single() > 0;
    }
}
