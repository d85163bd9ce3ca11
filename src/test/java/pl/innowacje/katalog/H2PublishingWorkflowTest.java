package pl.innowacje.katalog;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class H2PublishingWorkflowTest extends PublishingWorkflow {

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        String dir = JourneyTestSupport.tempDataDir("workflow").toString();
        registry.add("portal.data-dir", () -> dir);
    }
}
