-- The public page shows who verified a solution. Publishing used to record the publisher's staff login there; it
-- now records the block coordinator's organisation, and earlier publications get the same.
UPDATE solution SET verified_by = (
    SELECT COALESCE(b.coordinator_organisation, b.coordinator_name) FROM thematic_block b
    WHERE b.id = (SELECT MIN(sb.block_id) FROM solution_block sb WHERE sb.solution_id = solution.id))
WHERE verified_by IN (SELECT username FROM staff_user);
