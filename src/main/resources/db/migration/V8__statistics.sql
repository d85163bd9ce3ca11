-- Statistics: counts per day and nothing else (no address, no cookie, no user agent). A file's downloads keep
-- their solution, so a solution's history survives the removal of one of its files.
CREATE TABLE solution_view_day (
    solution_id  BIGINT NOT NULL,
    on_day       DATE   NOT NULL,
    views        BIGINT NOT NULL,
    PRIMARY KEY (solution_id, on_day),
    CONSTRAINT fk_view_day_solution FOREIGN KEY (solution_id) REFERENCES solution (id) ON DELETE CASCADE
);
CREATE INDEX ix_view_day_day ON solution_view_day (on_day);

CREATE TABLE file_download_day (
    file_id      BIGINT NOT NULL,
    on_day       DATE   NOT NULL,
    solution_id  BIGINT NOT NULL,
    downloads    BIGINT NOT NULL,
    PRIMARY KEY (file_id, on_day),
    CONSTRAINT fk_download_day_solution FOREIGN KEY (solution_id) REFERENCES solution (id) ON DELETE CASCADE
);
CREATE INDEX ix_download_day_day ON file_download_day (on_day);
CREATE INDEX ix_download_day_solution ON file_download_day (solution_id, on_day);
