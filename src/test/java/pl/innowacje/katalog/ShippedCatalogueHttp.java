package pl.innowacje.katalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import pl.innowacje.katalog.search.IndexFollower;

/**
 * The portal on the shipped catalogue, read-only, through HTTP. Test classes that extend it share one running portal
 * (one data folder, one content load): none of them may change the catalogue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ShippedCatalogueHttp {

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        String dir = JourneyTestSupport.tempDataDir("pages").toString();
        registry.add("portal.data-dir", () -> dir);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected IndexFollower index;

    @BeforeEach
    void indexUpToDate() throws Exception {
        index.catchUp();
    }

    /** The digits of a text ("12 rozwiązań" → 12). */
    protected static long number(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    /** The number of results the search page at {@code href} says it found. */
    protected long resultsAt(String href) throws Exception {
        return number(page(href).selectFirst(".summary strong").text());
    }

    protected Document page(String path) throws Exception {
        HttpResponse<String> response = JourneyTestSupport.get(port, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }
}
