-- The search thesaurus: groups of equivalent expressions (an abbreviation and what it stands for, or synonyms),
-- loaded from content/thesaurus.yml and edited by administrators. Search applies them at query time.
CREATE TABLE synonym_group (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(64) NOT NULL,
    sort_order  INT         NOT NULL DEFAULT 0,
    updated_at  TIMESTAMP   NOT NULL,
    CONSTRAINT uq_synonym_group_code UNIQUE (code)
);

-- A term as people write it, and its key (lowercase, no diacritics, single spaces): one key belongs to one group
-- only, whatever the database's collation.
CREATE TABLE synonym_term (
    group_id    BIGINT       NOT NULL,
    term_order  INT          NOT NULL,
    term        VARCHAR(200) NOT NULL,
    term_key    VARCHAR(200) NOT NULL,
    PRIMARY KEY (group_id, term_order),
    CONSTRAINT uq_synonym_term_key UNIQUE (term_key),
    CONSTRAINT fk_synonym_term_group FOREIGN KEY (group_id) REFERENCES synonym_group (id) ON DELETE CASCADE
);
