-- When a solution's public record last changed through what it refers to (the label of a term it uses, the title
-- of its block or area, a block moved to another area): harvesters and search engines are told the record changed
-- although the solution row itself did not. A record's change time is the later of this and updated_at.
ALTER TABLE solution ADD COLUMN record_changed_at TIMESTAMP NULL;
