package pl.innowacje.katalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import pl.innowacje.katalog.ShippedCatalogueHttp;

/** Public pages revalidate with their ETag (304 when unchanged); the login page and the staff area stay no-store. */
class PageCachingTest extends ShippedCatalogueHttp {

    private HttpResponse<String> get(String path, String etag) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPublicPageCarriesAnEtagAndAnswers304WhenUnchanged() throws Exception {
        for (String path : new String[] {"/", "/szukaj?q=praca", "/rozwiazania/mapa-problemow-spolecznych",
                "/bloki", "/organizacje"}) {
            HttpResponse<String> first = get(path, null);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            assertThat(first.headers().firstValue("Cache-Control")).as(path).hasValue("no-cache");
            String etag = first.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> again = get(path, etag);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
        }
    }

    @Test
    void pagesTheApiAndStylesAreSentCompressedToAClientThatAcceptsAndRevalidate() throws Exception {
        String css = java.util.regex.Pattern.compile("/css/portal-[0-9a-f]+\\.css").matcher(get("/", null).body())
                .results().findFirst().orElseThrow().group();
        for (String path : new String[] {"/", "/szukaj?q=praca", "/api/search?q=praca", "/api/solutions", css}) {
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + path)).header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            String etag = r.headers().firstValue("ETag").orElseThrow();
            if (path.equals(css)) {
                // Never asked again: its address changes with its content, and it is kept for a year.
                assertThat(r.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public");
            } else {
                assertThat(get(path, etag).statusCode()).as(path).isEqualTo(304);
            }
            try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(
                    new java.io.ByteArrayInputStream(r.body()))) {
                assertThat(in.readAllBytes()).as(path).isNotEmpty();
            }
        }
    }

    @Test
    void theLoginPageAndTheStaffAreaAreNeverStored() throws Exception {
        assertThat(get("/login", null).headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(get("/login", null).headers().firstValue("ETag")).isEmpty();
    }
}
