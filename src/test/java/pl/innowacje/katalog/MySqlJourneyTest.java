package pl.innowacje.katalog;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same journeys on the mysql profile against the local MySQL/MariaDB: real Flyway migrations through real
 * Connector/J. The database is dropped first, so every run starts from an empty schema. An unreachable database fails
 * this test; it is never skipped silently (exclude the tag "mysql" on purpose to leave it out).
 */
@Tag("mysql")
@ActiveProfiles("mysql")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MySqlJourneyTest extends PortalJourneys {

    static final String SERVER = System.getProperty("test.mysql.server", "jdbc:mysql://127.0.0.1:3306/");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "?useSSL=false&allowPublicKeyRetrieval=true",
                "root", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS katalog_test");
            s.execute("CREATE DATABASE katalog_test CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        String dir = JourneyTestSupport.tempDataDir("mysql").toString();
        registry.add("portal.data-dir", () -> dir);
        registry.add("spring.datasource.url", () -> SERVER
                + "katalog_test?characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true");
    }
}
