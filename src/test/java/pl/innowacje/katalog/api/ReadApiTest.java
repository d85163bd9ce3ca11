package pl.innowacje.katalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.innowacje.katalog.JourneyTestSupport.get;
import static pl.innowacje.katalog.JourneyTestSupport.json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import pl.innowacje.katalog.ShippedCatalogueHttp;
import tools.jackson.databind.JsonNode;

/** The read API on the shipped catalogue, as a developer would use it: what it answers agrees with the pages. */
class ReadApiTest extends ShippedCatalogueHttp {

    private static final String DRAFT = "kompetencje-cyfrowe-pracownikow-45-plus";

    @Test
    void aSolutionAnswersWithTheFactsOfItsPageAndItsFilesWithTheirExtraction() throws Exception {
        JsonNode list = json(get(port, "/api/solutions?size=100&sort=title").body());
        assertThat(list.get("total").asLong()).isEqualTo(list.get("items").size()).isEqualTo(20);
        JsonNode first = list.get("items").get(0);
        JsonNode solution = json(get(port, "/api/solutions/" + first.get("slug").asString()).body());
        Document page = page(first.get("url").asString());
        assertThat(solution.get("title").asString()).isEqualTo(page.selectFirst("h1").text());
        assertThat(solution.get("url").asString()).isEqualTo("/rozwiazania/" + first.get("slug").asString());
        assertThat(solution.get("terms").propertyNames()).containsExactly("programme", "problem", "user",
                "beneficiary", "form", "region");
        int files = 0;
        for (JsonNode item : list.get("items")) {
            JsonNode one = json(get(port, "/api/solutions/" + item.get("slug").asString()).body());
            for (JsonNode file : one.get("files")) {
                assertThat(file.get("extraction").asString()).isIn("OK", "PARTIAL", "OCR", "EMPTY", "GARBLED",
                        "FAILED");
                // Downloading would count a download: the shared catalogue stays as it is.
                assertThat(file.get("url").asString()).isEqualTo("/pliki/" + file.get("id").asLong());
                files++;
            }
        }
        assertThat(files).as("the shipped catalogue's handbooks").isPositive();
    }

    @Test
    void theSolutionListTakesTheSearchParametersAndAgreesWithTheSearch() throws Exception {
        String query = "q=zatrudnienie&user=PUP&size=5";
        JsonNode list = json(get(port, "/api/solutions?" + query).body());
        JsonNode search = json(get(port, "/api/search?" + query).body());
        assertThat(list.get("total").asLong()).isEqualTo(search.get("total").asLong()).isPositive();
        List<String> listed = new ArrayList<>();
        list.get("items").forEach(i -> listed.add(i.get("slug").asString()));
        List<String> found = new ArrayList<>();
        search.get("hits").forEach(h -> found.add(h.get("slug").asString()));
        assertThat(listed).isEqualTo(found);
        assertThat(list.get("page").asInt()).isEqualTo(1);
        assertThat(list.get("size").asInt()).isEqualTo(5);
    }

    @Test
    void areasBlocksAndTheDirectoryListWhatTheirPagesShow() throws Exception {
        JsonNode areas = json(get(port, "/api/areas").body());
        assertThat(areas.size()).isEqualTo(4);
        int blocks = 0;
        for (JsonNode area : areas) {
            assertThat(page(area.get("url").asString()).selectFirst("h1").text())
                    .isEqualTo(area.get("title").asString());
            blocks += area.get("blocks").size();
        }
        JsonNode allBlocks = json(get(port, "/api/blocks").body());
        assertThat(allBlocks.size()).isEqualTo(blocks);
        JsonNode block = json(get(port, "/api/blocks/" + allBlocks.get(0).get("slug").asString()).body());
        assertThat(block.get("solutions").size()).isEqualTo(allBlocks.get(0).get("solutions").asInt());
        for (String list : List.of("/api/organisations", "/api/projects", "/api/news")) {
            JsonNode items = json(get(port, list).body());
            assertThat(items.size()).as(list).isPositive();
            String slug = items.get(0).get("slug").asString();
            assertThat(get(port, list + "/" + slug).statusCode()).as(list + "/" + slug).isEqualTo(200);
            assertThat(get(port, items.get(0).get("url").asString()).statusCode()).isEqualTo(200);
        }
        JsonNode users = json(get(port, "/api/vocabularies").body()).get("user");
        List<String> codes = new ArrayList<>();
        users.forEach(t -> codes.add(t.get("code").asString()));
        assertThat(codes).contains("PUP", "OPS");
    }

    @Test
    void whatIsNotPublicOrMalformedIsAProblemDocument() throws Exception {
        for (String path : List.of("/api/solutions/" + DRAFT, "/api/solutions/nie-ma-takiego", "/api/blocks/nie-ma",
                "/api/organisations/nie-ma", "/api/news/nie-ma")) {
            HttpResponse<String> response = get(port, path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(json(response.body()).get("status").asInt()).isEqualTo(404);
        }
        HttpResponse<String> bad = get(port, "/api/solutions?page=0");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(bad.body()).get("detail").asString()).contains("page");
        assertThat(json(get(port, "/api/solutions?size=100").body()).toString()).doesNotContain(DRAFT);
    }

    @Test
    void anUnchangedAnswerIsRevalidatedWithItsEtagAndCachedBriefly() throws Exception {
        HttpResponse<String> first = get(port, "/api/areas");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control").orElse("")).contains("max-age=60", "public");
        HttpResponse<String> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/areas")).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void theOpenApiDescriptionDocumentsEveryReadEndpointAndHasAReader() throws Exception {
        JsonNode description = json(get(port, "/v3/api-docs").body());
        assertThat(description.get("openapi").asString()).startsWith("3.");
        assertThat(description.get("paths").propertyNames()).contains("/api/search", "/api/suggest",
                "/api/solutions", "/api/solutions/{slug}", "/api/areas", "/api/areas/{slug}", "/api/blocks",
                "/api/blocks/{slug}", "/api/vocabularies", "/api/organisations", "/api/organisations/{slug}",
                "/api/projects", "/api/projects/{slug}", "/api/news", "/api/news/{slug}");
        assertThat(description.get("paths").get("/api/search").get("get").get("summary").asString())
                .startsWith("Full-text search").contains("format=json");
        HttpResponse<String> reader = get(port, "/api/docs");
        assertThat(reader.statusCode()).isIn(200, 302);
        String location = reader.headers().firstValue("Location").orElse("/api/docs");
        assertThat(get(port, URI.create(location).getRawPath()).statusCode()).isEqualTo(200);
    }
}
