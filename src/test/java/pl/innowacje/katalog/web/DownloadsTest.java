package pl.innowacje.katalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import pl.innowacje.katalog.ShippedCatalogueHttp;
import pl.innowacje.katalog.stats.Usage;
import pl.innowacje.katalog.system.PortalProperties;

/**
 * A handbook download: its SHA-256 as a strong ETag (304 to a browser that has it), parts on request (a PDF reader's
 * ranges), and one count per download, not per part or per 304.
 */
class DownloadsTest extends ShippedCatalogueHttp {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Usage usage;

    @Autowired
    PortalProperties properties;

    private HttpResponse<byte[]> get(long id, String header, String value) throws Exception {
        // A reader's browser: scripts and robots are not counted (stats.Usage).
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/pliki/" + id))
                .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0");
        if (header != null) {
            request.header(header, value);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private long count(long id) {
        usage.flush();
        return jdbc.sql("SELECT download_count FROM solution_file WHERE id = ?").param(id).query(Long.class).single();
    }

    @Test
    void aDownloadHasAStrongEtagServesPartsAndCountsOncePerDownload() throws Exception {
        long id = jdbc.sql("SELECT MIN(f.id) FROM solution_file f JOIN stored_blob b ON b.sha256 = f.sha256 "
                + "WHERE b.media_type = 'application/pdf'").query(Long.class).single();
        String sha = jdbc.sql("SELECT sha256 FROM solution_file WHERE id = ?").param(id).query(String.class).single();
        long before = count(id);

        HttpResponse<byte[]> whole = get(id, null, null);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("ETag")).hasValue("\"" + sha + "\"");
        assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(count(id)).isEqualTo(before + 1);

        HttpResponse<byte[]> again = get(id, "If-None-Match", "\"" + sha + "\"");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        HttpResponse<byte[]> first = get(id, "Range", "bytes=0-99");
        assertThat(first.statusCode()).isEqualTo(206);
        assertThat(first.body()).hasSize(100).startsWith(java.util.Arrays.copyOf(whole.body(), 100));
        assertThat(first.headers().firstValue("Content-Range")).hasValue("bytes 0-99/" + whole.body().length);
        HttpResponse<byte[]> later = get(id, "Range", "bytes=100-199");
        assertThat(later.statusCode()).isEqualTo(206);
        assertThat(later.body()).isEqualTo(java.util.Arrays.copyOfRange(whole.body(), 100, 200));
        assertThat(count(id)).as("the whole file and the first part count; a 304 and a later part do not")
                .isEqualTo(before + 2);
    }

    @Test
    void aFileWhoseBytesThisNodeCannotReachIsUnavailableNotAServerError() throws Exception {
        long id = jdbc.sql("SELECT MIN(id) FROM solution_file").query(Long.class).single();
        String sha = jdbc.sql("SELECT sha256 FROM solution_file WHERE id = ?").param(id).query(String.class).single();
        Path bytes = properties.filesDir().resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
        Path aside = bytes.resolveSibling(sha + ".aside");
        Files.move(bytes, aside);
        try {
            HttpResponse<byte[]> answer = get(id, "Accept", "text/html");
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(new String(answer.body(), StandardCharsets.UTF_8)).contains("<main");
        } finally {
            Files.move(aside, bytes);
        }
    }
}
