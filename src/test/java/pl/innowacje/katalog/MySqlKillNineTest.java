package pl.innowacje.katalog;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/**
 * The kill -9 trials on the mysql profile, against the local MariaDB/MySQL in a database of their own, dropped and
 * created again first ({@code -Dkill.database} names another, so that a full run can go on beside the build's).
 */
@Tag("mysql")
class MySqlKillNineTest extends KillNineTrials {

    private static final String DATABASE = System.getProperty("kill.database", "katalog_kill");
    private static final String URL = MySqlTestDatabase.url(DATABASE);

    @BeforeAll
    static void freshDatabase() throws Exception {
        MySqlTestDatabase.recreate(DATABASE);
    }

    @Override
    List<String> databaseArguments() {
        return List.of("--spring.profiles.active=mysql", "--spring.datasource.url=" + URL);
    }

    @Override
    Connection openDatabase(Path data) throws Exception {
        return DriverManager.getConnection(URL, "root", "");
    }

    @Override
    String databaseName() {
        return "mysql profile";
    }
}
