-- Staff editing. Who created a solution (an editor edits only their own drafts); why an extraction ended as it did,
-- as a code pages can show in the reader's language; and every saved version of a solution or a block card, so its
-- history can show what changed, by whom and when.
ALTER TABLE solution ADD COLUMN created_by VARCHAR(120);
ALTER TABLE stored_blob ADD COLUMN extraction_reason VARCHAR(32);

CREATE TABLE revision (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    entity      VARCHAR(20)  NOT NULL,
    entity_id   BIGINT       NOT NULL,
    changed_by  VARCHAR(120) NOT NULL,
    changed_at  TIMESTAMP    NOT NULL,
    note        VARCHAR(1000),
    fields      MEDIUMTEXT   NOT NULL
);
CREATE INDEX ix_revision_entity ON revision (entity, entity_id, id);

-- Solutions loaded from content/ before this version were created by the loader.
UPDATE solution SET created_by = 'content' WHERE source_hash IS NOT NULL;
