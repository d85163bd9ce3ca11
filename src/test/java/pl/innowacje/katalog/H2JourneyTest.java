package pl.innowacje.katalog;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The journeys on the embedded default: H2 in a fresh data folder, the shipped content/ loaded at start. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class H2JourneyTest extends PortalJourneys {

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        String dir = JourneyTestSupport.tempDataDir("h2").toString();
        registry.add("portal.data-dir", () -> dir);
    }
}
