-- Stored files' bytes in the database, in numbered parts, for nodes that share one database (portal.files.store =
-- database): every node can serve every file, and a backup of the database holds the files too. Written in one
-- transaction per file before the file's stored_blob row, so a file is either whole here or absent.
CREATE TABLE stored_bytes (
    sha256  CHAR(64) NOT NULL,
    part    INT      NOT NULL,
    bytes   LONGBLOB NOT NULL,
    PRIMARY KEY (sha256, part)
);
