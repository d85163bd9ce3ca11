package pl.innowacje.katalog.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Random;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Two nodes' stores on one database (the real migrations, on an in-memory H2 in MySQL mode): what one stores, the
 * other serves byte for byte, with parts small enough that every file spans several.
 */
class DatabaseFileStoreTest {

    private static final DataSize PART = DataSize.ofBytes(1000);

    @TempDir
    Path dir;

    private JdbcTemplate jdbc;
    private DatabaseFileStore nodeA;
    private DatabaseFileStore nodeB;

    @BeforeEach
    void twoNodesOnOneDatabase() throws IOException {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + System.nanoTime() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(db);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(db));
        nodeA = new DatabaseFileStore(new LocalFileStore(dir.resolve("a")), jdbc, tx, PART);
        nodeB = new DatabaseFileStore(new LocalFileStore(dir.resolve("b")), jdbc, tx, PART);
    }

    @Test
    void aFileStoredOnOneNodeIsServedWholeByAnother() throws IOException {
        for (int size : new int[] {1, 999, 1000, 1001, 25_000}) {
            byte[] bytes = randomBytes(size);
            String sha = nodeA.put(file(bytes));

            assertThat(nodeB.contains(sha)).isTrue();
            assertThat(nodeB.resource(sha).getContentAsByteArray()).as("%d bytes", size).isEqualTo(bytes);
            try (InputStream again = nodeB.open(sha)) {
                assertThat(again.readAllBytes()).isEqualTo(bytes);
            }
            assertThat(parts(sha)).isEqualTo(size / 1000 + 1);
        }
    }

    @Test
    void sameBytesStoredTwiceAreKeptOnce() throws IOException {
        byte[] bytes = randomBytes(2500);
        String sha = nodeA.put(file(bytes));

        assertThat(nodeB.put(file(bytes))).isEqualTo(sha);
        assertThat(parts(sha)).isEqualTo(3);
    }

    @Test
    void bytesChangedInTheDatabaseAreRefusedNotServed() throws IOException {
        String sha = nodeA.put(file(randomBytes(3000)));
        jdbc.update("UPDATE stored_bytes SET bytes = ? WHERE sha256 = ? AND part = 1", new byte[] {1, 2, 3}, sha);

        assertThatThrownBy(() -> nodeB.resource(sha)).isInstanceOf(IOException.class)
                .hasMessageContaining("do not match");
        assertThat(nodeB.contains(sha)).isTrue();
        assertThat(Files.exists(dir.resolve("b").resolve(sha.substring(0, 2)))).isFalse();
    }

    @Test
    void deletedBytesAreGoneForEveryNodeThatHasNotKeptThem() throws IOException {
        String sha = nodeA.put(file(randomBytes(1500)));
        nodeA.delete(sha);

        assertThat(parts(sha)).isZero();
        assertThat(nodeB.contains(sha)).isFalse();
        assertThatThrownBy(() -> nodeB.resource(sha)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void filesANodeStoredBeforeTheMoveAreCopiedIntoTheDatabase() throws IOException {
        LocalFileStore before = new LocalFileStore(dir.resolve("a"));
        byte[] bytes = randomBytes(2200);
        String sha = before.put(file(bytes));
        jdbc.update("INSERT INTO stored_blob (sha256, size_bytes, media_type, extraction_status, extracted_at) "
                + "VALUES (?, 2200, 'text/plain', 'OK', CURRENT_TIMESTAMP)", sha);

        assertThat(nodeA.copyMissing()).isEqualTo(1);
        assertThat(nodeA.copyMissing()).isZero();
        assertThat(nodeB.resource(sha).getContentAsByteArray()).isEqualTo(bytes);
    }

    private int parts(String sha) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM stored_bytes WHERE sha256 = ?", Integer.class, sha);
    }

    private Path file(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "upload", ".bin"), bytes);
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
