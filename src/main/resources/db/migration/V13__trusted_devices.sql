-- Browsers a staff member has logged in from (a random token in a cookie; only its SHA-256 is kept). Failed logins
-- lock an account for browsers that are not among them, so a stranger's guesses cannot lock its owner out.
CREATE TABLE staff_device (
    token_sha256  CHAR(64)  NOT NULL PRIMARY KEY,
    user_id       BIGINT    NOT NULL,
    created_at    TIMESTAMP NOT NULL,
    CONSTRAINT fk_staff_device_user FOREIGN KEY (user_id) REFERENCES staff_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_staff_device_user ON staff_device (user_id);
