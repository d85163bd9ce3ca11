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
import pl.innowacje.katalog.catalog.SolutionRecords;
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

    private final JdbcClient jdbc;
    private final ChangeLog changeLog;
    private final SolutionRecords records;

    Workflow(JdbcClient jdbc, ChangeLog changeLog, SolutionRecords records) {
        this.jdbc = jdbc;
        this.changeLog = changeLog;
        this.records = records;
    }

    public Status apply(long solutionId, Action action, Actor actor, String reason) {
        Status current = jdbc.sql("SELECT status FROM solution WHERE id = ? FOR UPDATE").param(solutionId)
                .query(String.class).optional().map(Status::valueOf)
                .orElseThrow(() -> new Refusal("workflow.error.missing"));
        if (!action.allowedFrom(current)) {
            throw new Refusal("workflow.error.illegal");
        }
        SolutionRecords.Standing standing = records.standing(solutionId).orElseThrow();
        if (action.coordinatorsOnly() && !actor.coordinatesAnyOf(standing.blockIds())) {
            throw new Refusal("workflow.error.role");
        }
        if (action == Action.SUBMIT && !EditRights.maySubmit(actor, standing)) {
            throw new Refusal("workflow.error.owner");
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
                    .params(action.to().name(), Date.valueOf(LocalDate.now()), verifier(standing, actor), now, now,
                            solutionId)
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

    /**
     * The institution that verified, as the public page shows it: the coordinating organisation of the block the
     * publisher coordinates (any of the solution's blocks for an administrator). A staff login is never shown.
     */
    private String verifier(SolutionRecords.Standing standing, Actor actor) {
        return standing.blockIds().stream().filter(id -> actor.coordinatesAnyOf(List.of(id))).findFirst()
                .flatMap(id -> jdbc.sql("""
                        SELECT COALESCE(coordinator_organisation, coordinator_name) FROM thematic_block WHERE id = ?""")
                        .param(id).query(String.class).optional())
                .orElse(null);
    }
}
