package pl.innowacje.katalog.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions in the database (Spring Session JDBC; tables by Flyway V11). Two requests of one session may add the same
 * attribute at once (a staff member's upload and a workflow step both leave a flash message): Spring Session's plain
 * INSERT would make the later one fail on the primary key and answer 500, so an attribute is written as an upsert,
 * the later value winning. {@code ON DUPLICATE KEY UPDATE} is MySQL's and MariaDB's, and H2's in its MySQL mode.
 */
@Configuration(proxyBeanMethods = false)
class SharedSessions {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributesAsUpserts() {
        return repository -> repository.setCreateSessionAttributeQuery("""
                INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
                VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE ATTRIBUTE_BYTES = VALUES(ATTRIBUTE_BYTES)""");
    }
}
