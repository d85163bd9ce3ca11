-- One schema for H2 (MySQL mode) and MySQL/MariaDB: only portable types and no reserved words as names.

CREATE TABLE vocabulary_term (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    vocabulary   VARCHAR(32)  NOT NULL,
    code         VARCHAR(64)  NOT NULL,
    label_pl     VARCHAR(255) NOT NULL,
    label_en     VARCHAR(255) NOT NULL,
    parent_code  VARCHAR(64),
    level_name   VARCHAR(32),
    sort_order   INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_vocabulary_term UNIQUE (vocabulary, code)
);

CREATE TABLE organisation (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug         VARCHAR(120) NOT NULL,
    name         VARCHAR(400) NOT NULL,
    org_type     VARCHAR(32),
    region_code  VARCHAR(16),
    website      VARCHAR(400),
    competences  TEXT,
    contact      VARCHAR(400),
    source_hash  VARCHAR(64),
    CONSTRAINT uq_organisation_slug UNIQUE (slug)
);

CREATE TABLE project (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug            VARCHAR(120) NOT NULL,
    title           VARCHAR(400) NOT NULL,
    programme_code  VARCHAR(64),
    implementer_id  BIGINT,
    start_date      DATE,
    end_date        DATE,
    website         VARCHAR(400),
    source_hash     VARCHAR(64),
    CONSTRAINT uq_project_slug UNIQUE (slug),
    CONSTRAINT fk_project_implementer FOREIGN KEY (implementer_id) REFERENCES organisation (id)
);

CREATE TABLE project_partner (
    project_id       BIGINT NOT NULL,
    organisation_id  BIGINT NOT NULL,
    PRIMARY KEY (project_id, organisation_id),
    CONSTRAINT fk_project_partner_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_project_partner_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE area (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug            VARCHAR(120) NOT NULL,
    title           VARCHAR(255) NOT NULL,
    title_en        VARCHAR(255),
    programme_code  VARCHAR(64),
    description     MEDIUMTEXT,
    sort_order      INT NOT NULL DEFAULT 0,
    source_hash     VARCHAR(64),
    updated_at      TIMESTAMP NOT NULL,
    CONSTRAINT uq_area_slug UNIQUE (slug)
);

CREATE TABLE thematic_block (
    id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug                      VARCHAR(160) NOT NULL,
    area_id                   BIGINT NOT NULL,
    title                     VARCHAR(400) NOT NULL,
    title_en                  VARCHAR(400),
    introduction              MEDIUMTEXT,
    problems_text             MEDIUMTEXT,
    benefits                  MEDIUMTEXT,
    details                   MEDIUMTEXT,
    how_to_use                MEDIUMTEXT,
    coordinator_name          VARCHAR(255),
    coordinator_organisation  VARCHAR(400),
    coordinator_email         VARCHAR(255),
    sort_order                INT NOT NULL DEFAULT 0,
    source_hash               VARCHAR(64),
    updated_at                TIMESTAMP NOT NULL,
    CONSTRAINT uq_block_slug UNIQUE (slug),
    CONSTRAINT fk_block_area FOREIGN KEY (area_id) REFERENCES area (id)
);

-- The card's problems, users and beneficiaries, by vocabulary code.
CREATE TABLE block_term (
    block_id    BIGINT      NOT NULL,
    vocabulary  VARCHAR(32) NOT NULL,
    code        VARCHAR(64) NOT NULL,
    PRIMARY KEY (block_id, vocabulary, code),
    CONSTRAINT fk_block_term_block FOREIGN KEY (block_id) REFERENCES thematic_block (id) ON DELETE CASCADE
);

-- Related blocks by slug, so a card may name a block that is loaded later.
CREATE TABLE block_relation (
    block_id            BIGINT       NOT NULL,
    related_block_slug  VARCHAR(160) NOT NULL,
    position            INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (block_id, related_block_slug),
    CONSTRAINT fk_block_relation_block FOREIGN KEY (block_id) REFERENCES thematic_block (id) ON DELETE CASCADE
);

CREATE TABLE solution_group (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    block_id  BIGINT       NOT NULL,
    code      VARCHAR(120) NOT NULL,
    title     VARCHAR(400) NOT NULL,
    goal      TEXT,
    CONSTRAINT uq_solution_group UNIQUE (block_id, code),
    CONSTRAINT fk_solution_group_block FOREIGN KEY (block_id) REFERENCES thematic_block (id) ON DELETE CASCADE
);

CREATE TABLE solution (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug                  VARCHAR(160) NOT NULL,
    title                 VARCHAR(400) NOT NULL,
    title_en              VARCHAR(400),
    summary               TEXT,
    goal                  TEXT,
    description           MEDIUMTEXT,
    status                VARCHAR(20)  NOT NULL,
    programme_code        VARCHAR(64),
    project_id            BIGINT,
    primary_block_id      BIGINT       NOT NULL,
    group_code            VARCHAR(120),
    period_from           DATE,
    period_to             DATE,
    language              VARCHAR(8),
    licence               VARCHAR(120),
    keywords              TEXT,
    contact_name          VARCHAR(255),
    contact_organisation  VARCHAR(400),
    contact_email         VARCHAR(255),
    verification_result   VARCHAR(20),
    verified_on           DATE,
    verified_by           VARCHAR(400),
    withdrawal_reason     TEXT,
    published_at          TIMESTAMP,
    created_at            TIMESTAMP    NOT NULL,
    updated_at            TIMESTAMP    NOT NULL,
    source_hash           VARCHAR(64),
    CONSTRAINT uq_solution_slug UNIQUE (slug),
    CONSTRAINT fk_solution_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_solution_block FOREIGN KEY (primary_block_id) REFERENCES thematic_block (id)
);
CREATE INDEX ix_solution_status ON solution (status);

-- Every block a solution sits in, its primary block included.
CREATE TABLE solution_block (
    solution_id  BIGINT NOT NULL,
    block_id     BIGINT NOT NULL,
    is_primary   BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (solution_id, block_id),
    CONSTRAINT fk_solution_block_solution FOREIGN KEY (solution_id) REFERENCES solution (id) ON DELETE CASCADE,
    CONSTRAINT fk_solution_block_block FOREIGN KEY (block_id) REFERENCES thematic_block (id) ON DELETE CASCADE
);
CREATE INDEX ix_solution_block_block ON solution_block (block_id);

-- Problems, users, beneficiaries, product forms and regions, by vocabulary code.
CREATE TABLE solution_term (
    solution_id  BIGINT      NOT NULL,
    vocabulary   VARCHAR(32) NOT NULL,
    code         VARCHAR(64) NOT NULL,
    PRIMARY KEY (solution_id, vocabulary, code),
    CONSTRAINT fk_solution_term_solution FOREIGN KEY (solution_id) REFERENCES solution (id) ON DELETE CASCADE
);

CREATE TABLE solution_partner (
    solution_id      BIGINT NOT NULL,
    organisation_id  BIGINT NOT NULL,
    PRIMARY KEY (solution_id, organisation_id),
    CONSTRAINT fk_solution_partner_solution FOREIGN KEY (solution_id) REFERENCES solution (id) ON DELETE CASCADE,
    CONSTRAINT fk_solution_partner_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE solution_result (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    solution_id  BIGINT        NOT NULL,
    position     INT           NOT NULL,
    label        VARCHAR(400)  NOT NULL,
    amount       DECIMAL(16,2) NOT NULL,
    unit         VARCHAR(60),
    CONSTRAINT fk_solution_result_solution FOREIGN KEY (solution_id) REFERENCES solution (id) ON DELETE CASCADE
);

CREATE TABLE solution_component (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    solution_id  BIGINT       NOT NULL,
    position     INT          NOT NULL,
    name         VARCHAR(400) NOT NULL,
    usage_text   TEXT,
    CONSTRAINT fk_solution_component_solution FOREIGN KEY (solution_id) REFERENCES solution (id) ON DELETE CASCADE
);

-- Related solutions by slug, so a solution may name one that is loaded later.
CREATE TABLE solution_relation (
    solution_id            BIGINT       NOT NULL,
    related_solution_slug  VARCHAR(160) NOT NULL,
    position               INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (solution_id, related_solution_slug),
    CONSTRAINT fk_solution_relation_solution FOREIGN KEY (solution_id) REFERENCES solution (id) ON DELETE CASCADE
);

CREATE TABLE solution_status_change (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    solution_id  BIGINT       NOT NULL,
    from_status  VARCHAR(20),
    to_status    VARCHAR(20)  NOT NULL,
    changed_by   VARCHAR(120) NOT NULL,
    changed_at   TIMESTAMP    NOT NULL,
    reason       TEXT,
    CONSTRAINT fk_status_change_solution FOREIGN KEY (solution_id) REFERENCES solution (id) ON DELETE CASCADE
);

-- Bytes are stored once per SHA-256; their extraction is kept here so that a rebuild never parses a file again.
CREATE TABLE stored_blob (
    sha256              CHAR(64)     NOT NULL PRIMARY KEY,
    media_type          VARCHAR(200) NOT NULL,
    size_bytes          BIGINT       NOT NULL,
    page_count          INT,
    language            VARCHAR(8),
    extraction_status   VARCHAR(16)  NOT NULL,
    extraction_message  VARCHAR(1000),
    extracted_at        TIMESTAMP    NOT NULL
);

CREATE TABLE blob_page (
    sha256   CHAR(64) NOT NULL,
    page_no  INT      NOT NULL,
    text     MEDIUMTEXT NOT NULL,
    PRIMARY KEY (sha256, page_no),
    CONSTRAINT fk_blob_page_blob FOREIGN KEY (sha256) REFERENCES stored_blob (sha256) ON DELETE CASCADE
);

CREATE TABLE solution_file (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    solution_id     BIGINT       NOT NULL,
    position        INT          NOT NULL,
    title           VARCHAR(400) NOT NULL,
    kind            VARCHAR(32)  NOT NULL,
    file_name       VARCHAR(255) NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    download_count  BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_solution_file_solution FOREIGN KEY (solution_id) REFERENCES solution (id) ON DELETE CASCADE,
    CONSTRAINT fk_solution_file_blob FOREIGN KEY (sha256) REFERENCES stored_blob (sha256)
);
CREATE INDEX ix_solution_file_solution ON solution_file (solution_id);

CREATE TABLE news_item (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug          VARCHAR(160) NOT NULL,
    title         VARCHAR(400) NOT NULL,
    published_on  DATE         NOT NULL,
    body          TEXT,
    block_id      BIGINT,
    project_id    BIGINT,
    source_hash   VARCHAR(64),
    CONSTRAINT uq_news_slug UNIQUE (slug),
    CONSTRAINT fk_news_block FOREIGN KEY (block_id) REFERENCES thematic_block (id),
    CONSTRAINT fk_news_project FOREIGN KEY (project_id) REFERENCES project (id)
);

-- The outbox the search index follows: every committed change to what the index shows adds a row.
CREATE TABLE change_log (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    entity       VARCHAR(20) NOT NULL,
    entity_id    BIGINT      NOT NULL,
    created_at   TIMESTAMP   NOT NULL
);
