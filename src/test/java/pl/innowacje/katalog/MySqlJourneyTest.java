package pl.innowacje.katalog;

import java.sql.SQLException;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same journeys on the mysql profile against the local MySQL/MariaDB: real Flyway migrations through real
 * Connector/J (exclude the tag "mysql" on purpose to leave it out).
 */
@Tag("mysql")
@ActiveProfiles("mysql")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MySqlJourneyTest extends PortalJourneys {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        MySqlTestDatabase.use("katalog_test", registry);
    }
}
