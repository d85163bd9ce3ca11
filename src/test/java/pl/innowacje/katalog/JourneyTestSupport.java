package pl.innowacje.katalog;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP against the running portal, as a browser or an API client would do it. */
public final class JourneyTestSupport {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JourneyTestSupport() {
    }

    public static Path tempDataDir(String name) {
        try {
            Path dir = Files.createTempDirectory("katalog-" + name + "-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    org.springframework.util.FileSystemUtils.deleteRecursively(dir);
                } catch (IOException ignored) {
                    // A leftover temp folder is harmless.
                }
            }));
            return dir;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<String> get(int port, String pathAndQuery) throws IOException, InterruptedException {
        // As a browser asks: HTML first (error pages answer in the portal's look), JSON where that is all there is.
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<byte[]> getBytes(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
