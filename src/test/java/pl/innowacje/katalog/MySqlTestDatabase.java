package pl.innowacje.katalog;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh database on the local MySQL/MariaDB for a mysql-profile test: dropped and created again, so every run
 * starts from an empty schema. An unreachable server fails the test; it is never skipped silently.
 */
public final class MySqlTestDatabase {

    static final String SERVER = System.getProperty("test.mysql.server", "jdbc:mysql://127.0.0.1:3306/");

    private MySqlTestDatabase() {
    }

    public static void use(String name, DynamicPropertyRegistry registry) throws SQLException {
        recreate(name);
        String dir = JourneyTestSupport.tempDataDir(name).toString();
        registry.add("portal.data-dir", () -> dir);
        registry.add("spring.datasource.url", () -> url(name));
    }

    /** Drops the database and creates it again, empty. */
    static void recreate(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "?useSSL=false&allowPublicKeyRetrieval=true",
                "root", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    static String url(String name) {
        return SERVER + name + "?characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true";
    }
}
