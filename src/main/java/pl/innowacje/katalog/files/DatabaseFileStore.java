package pl.innowacje.katalog.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.core.io.Resource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Bytes in the database, in numbered parts, for nodes that share one database: any node serves any file, and the
 * database's backup holds the files. Each node keeps what it stored or served in its own {@link LocalFileStore}, so
 * a file crosses the network from the database once per node; since a name is the bytes' SHA-256, a kept copy is
 * never stale. A file's parts are written in one transaction, before the catalogue refers to it.
 */
final class DatabaseFileStore implements FileStore {

    private final LocalFileStore kept;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final int partSize;

    DatabaseFileStore(LocalFileStore kept, JdbcTemplate jdbc, TransactionTemplate tx, DataSize partSize) {
        this.kept = kept;
        this.jdbc = jdbc;
        this.tx = tx;
        this.partSize = Math.toIntExact(partSize.toBytes());
    }

    @Override
    public String put(Path source) throws IOException {
        String sha = kept.put(source);
        if (!inDatabase(sha)) {
            writeParts(sha, kept.path(sha));
        }
        return sha;
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return resource(sha256).getInputStream();
    }

    @Override
    public Resource resource(String sha256) throws IOException {
        if (!kept.contains(sha256)) {
            fetch(sha256);
        }
        return kept.resource(sha256);
    }

    @Override
    public boolean contains(String sha256) {
        return kept.contains(sha256) || inDatabase(sha256);
    }

    /** Removes the bytes from the database and this node's copy; other nodes' copies are unreachable from then on. */
    @Override
    public void delete(String sha256) throws IOException {
        jdbc.update("DELETE FROM stored_bytes WHERE sha256 = ?", sha256);
        kept.delete(sha256);
    }

    /**
     * Copies into the database the files the catalogue holds that only this node's folder has: what a portal
     * stored before its files moved to the database. Returns how many it copied.
     */
    int copyMissing() throws IOException {
        List<String> missing = jdbc.queryForList("""
                SELECT b.sha256 FROM stored_blob b
                 WHERE NOT EXISTS (SELECT 1 FROM stored_bytes s WHERE s.sha256 = b.sha256 AND s.part = 0)""",
                String.class);
        int copied = 0;
        for (String sha : missing) {
            if (kept.contains(sha)) {
                writeParts(sha, kept.path(sha));
                copied++;
            }
        }
        return copied;
    }

    private boolean inDatabase(String sha) {
        return !jdbc.queryForList("SELECT part FROM stored_bytes WHERE sha256 = ? AND part = 0", Integer.class, sha)
                .isEmpty();
    }

    private void writeParts(String sha, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            tx.executeWithoutResult(status -> {
                try {
                    int part = 0;
                    byte[] bytes;
                    // An empty file still gets part 0, which is what says the file is there.
                    do {
                        bytes = in.readNBytes(partSize);
                        jdbc.update("INSERT INTO stored_bytes (sha256, part, bytes) VALUES (?, ?, ?)", sha, part++,
                                bytes);
                    } while (bytes.length == partSize);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (DuplicateKeyException storedByAnotherNodeMeanwhile) {
            // The same bytes, written whole by the transaction that won.
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Brings the bytes into this node's folder, checking them against their name on the way. */
    private void fetch(String sha) throws IOException {
        if (!inDatabase(sha)) {
            throw new NoSuchFileException("no stored file " + sha);
        }
        String got;
        try (InputStream in = new SequenceInputStream(new Parts(sha))) {
            got = kept.copyIn(in);
        }
        if (!got.equals(sha)) {
            kept.delete(got);
            throw new IOException("the database's bytes of " + sha + " do not match their SHA-256");
        }
    }

    /** The parts in order, each read when the one before it is used up. */
    private final class Parts implements Enumeration<InputStream> {

        private final String sha;
        private int next;
        private byte[] ahead;

        Parts(String sha) {
            this.sha = sha;
        }

        @Override
        public boolean hasMoreElements() {
            if (ahead == null) {
                List<byte[]> found = jdbc.queryForList("SELECT bytes FROM stored_bytes WHERE sha256 = ? AND part = ?",
                        byte[].class, sha, next);
                ahead = found.isEmpty() ? null : found.get(0);
            }
            return ahead != null;
        }

        @Override
        public InputStream nextElement() {
            if (!hasMoreElements()) {
                throw new NoSuchElementException();
            }
            InputStream part = new ByteArrayInputStream(ahead);
            ahead = null;
            next++;
            return part;
        }
    }
}
