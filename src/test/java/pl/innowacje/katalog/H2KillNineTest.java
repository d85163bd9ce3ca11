package pl.innowacje.katalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

import org.springframework.util.FileSystemUtils;

/**
 * The kill -9 trials on the default embedded database, with the setting application.properties ships. The killed
 * portal's database file is read from a copy, so the restarted portal recovers the file exactly as the kill left it.
 */
class H2KillNineTest extends KillNineTrials {

    private Path copy;

    @Override
    List<String> databaseArguments() {
        return List.of();
    }

    @Override
    Connection openDatabase(Path data) throws Exception {
        copy = Files.createTempDirectory("katalog-kill-copy-");
        Files.copy(data.resolve("db/katalog.mv.db"), copy.resolve("katalog.mv.db"));
        return DriverManager.getConnection("jdbc:h2:file:" + copy.resolve("katalog").toAbsolutePath()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE", "sa", "");
    }

    @Override
    void closeDatabase(Connection db) throws Exception {
        db.close();
        FileSystemUtils.deleteRecursively(copy);
    }

    @Override
    String databaseName() {
        return "H2";
    }
}
