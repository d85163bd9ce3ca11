-- Staff accounts. Passwords are stored as BCrypt hashes only; failed logins lock an account for a while.
CREATE TABLE staff_user (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    username         VARCHAR(80)  NOT NULL,
    display_name     VARCHAR(200) NOT NULL,
    password_hash    VARCHAR(100) NOT NULL,
    role             VARCHAR(20)  NOT NULL,
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts  INT          NOT NULL DEFAULT 0,
    locked_until     TIMESTAMP,
    created_at       TIMESTAMP    NOT NULL,
    CONSTRAINT uq_staff_username UNIQUE (username)
);

-- The blocks a coordinator verifies and publishes in.
CREATE TABLE staff_block (
    user_id   BIGINT NOT NULL,
    block_id  BIGINT NOT NULL,
    PRIMARY KEY (user_id, block_id),
    CONSTRAINT fk_staff_block_user FOREIGN KEY (user_id) REFERENCES staff_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_staff_block_block FOREIGN KEY (block_id) REFERENCES thematic_block (id) ON DELETE CASCADE
);
