package pl.innowacje.katalog;

import java.sql.SQLException;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@Tag("mysql")
@ActiveProfiles("mysql")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MySqlPublishingWorkflowTest extends PublishingWorkflow {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        MySqlTestDatabase.use("katalog_workflow_test", registry);
    }
}
