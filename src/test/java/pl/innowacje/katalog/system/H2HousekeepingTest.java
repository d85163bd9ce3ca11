package pl.innowacje.katalog.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The embedded database as application.properties configures it: durable commits, and a file that stays small. */
class H2HousekeepingTest {

    private static String shippedUrl(Path dataDir) throws Exception {
        Properties p = new Properties();
        try (InputStream in = H2HousekeepingTest.class.getResourceAsStream("/application.properties")) {
            p.load(in);
        }
        return p.getProperty("spring.datasource.url").replace("${portal.data-dir}", dataDir.toString());
    }

    private static long rows(Path file, Path scratch) throws Exception {
        Path copy = Files.createDirectories(scratch).resolve("copy.mv.db");
        Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + scratch.resolve("copy")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE", "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM note")) {
            rs.next();
            return rs.getLong(1);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    @Test
    void everyCommitIsInTheFileWhenTheCommitReturns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data/db/katalog.mv.db");
        try (Connection db = DriverManager.getConnection(shippedUrl(dir.resolve("data")), "sa", "")) {
            db.createStatement().execute("CREATE TABLE note (id INT PRIMARY KEY, body VARCHAR(100))");
            PreparedStatement insert = db.prepareStatement("INSERT INTO note VALUES (?, ?)");
            for (int i = 1; i <= 10; i++) {
                insert.setInt(1, i);
                insert.setString(2, "zapis " + i);
                insert.executeUpdate();
                // The file as a process killed right now would leave it, read as after a crash.
                assertThat(rows(file, dir.resolve("copy-" + i))).isEqualTo(i);
            }
        }
    }

    @Test
    void housekeepingBesideRunningCommitsLosesNothingAndLeavesTheDatabaseOpen(@TempDir Path dir) throws Exception {
        String url = shippedUrl(dir.resolve("data"));
        try (Connection db = DriverManager.getConnection(url, "sa", "");
             Connection other = DriverManager.getConnection(url, "sa", "")) {
            Statement s = db.createStatement();
            s.execute("CREATE TABLE note (id INT PRIMARY KEY, body VARCHAR(2000))");
            s.execute("INSERT INTO note SELECT x, 'pierwsza' FROM SYSTEM_RANGE(0, 299)");
            s.execute("SET RETENTION_TIME 0");
            // As the scheduler runs it, but as often as it can, on its own connection beside the commits.
            H2Housekeeping housekeeping = new H2Housekeeping(new SingleConnectionDataSource(other, true));
            AtomicBoolean done = new AtomicBoolean();
            Thread rounds = new Thread(() -> {
                while (!done.get()) {
                    housekeeping.compact();
                }
            });
            rounds.start();
            PreparedStatement update = db.prepareStatement("UPDATE note SET body = ? WHERE id = ?");
            try {
                for (int i = 0; i < 3000; i++) {
                    update.setString(1, ("wersja " + i + " ").repeat(100));
                    update.setInt(2, i % 300);
                    update.executeUpdate();
                }
            } finally {
                done.set(true);
                rounds.join();
            }
            ResultSet last = s.executeQuery("SELECT body FROM note WHERE id = 299");
            assertThat(last.next()).isTrue();
            assertThat(last.getString(1)).startsWith("wersja 2999 ");
            assertThat(rows(dir.resolve("data/db/katalog.mv.db"), dir.resolve("copy"))).isEqualTo(300);
        }
    }
}
