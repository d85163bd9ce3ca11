package pl.innowacje.katalog.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import pl.innowacje.katalog.JourneyTestSupport;
import pl.innowacje.katalog.StaffBrowser;
import pl.innowacje.katalog.system.PortalProperties;

/**
 * The portal as an attacker meets it: guesses sent in parallel, empty passwords sent to lock the administrator out,
 * requests no page sends (undecodable or thousands of parameters, a stranger's file upload, the error page asked
 * for directly, a forged Host header), and a client sending more than its share, here with a search limit of 5 per
 * minute. Every refusal is short, in the portal's look, with its security headers, and logged in one line.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.admin.username=admin", "portal.admin.password=first-admin-secret-42",
                "portal.content.load-on-start=false", "portal.limits.enabled=true",
                "portal.limits.search-per-minute=5", "portal.limits.login-per-minute=1000",
                "logging.level.pl.innowacje.katalog.limits.RequestGuard=DEBUG"})
class AbuseTest {

    private static final String ADMIN_PASSWORD = "first-admin-secret-42";

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        String dir = JourneyTestSupport.tempDataDir("abuse").toString();
        registry.add("portal.data-dir", () -> dir);
    }

    @LocalServerPort
    int port;

    @Autowired
    PortalProperties properties;

    @Test
    void guessesSentInParallelGetNoMoreChecksThanTheLimitAndTheOwnersBrowserStillLogsIn() throws Exception {
        StaffBrowser owner = new StaffBrowser(port);
        assertThat(StaffBrowser.location(owner.login("admin", ADMIN_PASSWORD))).endsWith("/admin");

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> guesses = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            int n = i;
            guesses.add(pool.submit(() -> StaffBrowser.location(new StaffBrowser(port)
                    .login("admin", "zgadywane-haslo-" + n))));
        }
        for (Future<String> g : guesses) {
            assertThat(g.get()).contains("/login?blad");
        }
        pool.shutdown();

        assertThat(StaffBrowser.location(new StaffBrowser(port).login("admin", ADMIN_PASSWORD)))
                .as("a stranger's browser, even with the right password, after the burst").contains("/login?blad");
        assertThat(StaffBrowser.location(owner.login("admin", ADMIN_PASSWORD)))
                .as("the owner's browser, trusted since its last login").endsWith("/admin");
    }

    @Test
    void emptyPasswordsLockNobody() throws Exception {
        StaffBrowser stranger = new StaffBrowser(port);
        for (int i = 0; i < 20; i++) {
            assertThat(StaffBrowser.location(stranger.login("admin", ""))).contains("/login?blad");
        }
        assertThat(StaffBrowser.location(new StaffBrowser(port).login("admin", ADMIN_PASSWORD))).endsWith("/admin");
    }

    @Test
    void undecodableOrCountlessParametersAre400WithOneWarningAMinuteAndNoStackTrace(CapturedOutput output) throws Exception {
        int before = output.getOut().length();
        HttpResponse<String> undecodable = JourneyTestSupport.get(port, "/szukaj?q=%C3%28");
        String many = IntStream.range(0, 1200).mapToObj(i -> "p" + i + "=1").collect(Collectors.joining("&"));
        HttpResponse<String> countless = JourneyTestSupport.get(port, "/?" + many);

        for (HttpResponse<String> r : List.of(undecodable, countless)) {
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("Nieprawidłowe zapytanie");
            assertSecurityHeaders(r);
        }
        String logged = output.getOut().substring(before);
        assertThat(logged.lines().filter(l -> l.contains("refused GET"))).as("one line each").hasSize(2);
        assertThat(logged.lines().filter(l -> l.contains("WARN") && l.contains("refused")))
                .as("at WARN at most once a minute for one client").hasSizeLessThanOrEqualTo(1);
        assertThat(logged).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aStrangersUploadIsRefusedWithoutBeingRead() throws Exception {
        byte[] body = new byte[3 * 1024 * 1024];
        for (String path : List.of("/login", "/admin/rozwiazania/1/pliki", "/szukaj")) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + path)).header("Accept", "text/html")
                    .header("Content-Type", "multipart/form-data; boundary=granica")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isIn(400, 403);
            assertSecurityHeaders(r);
        }
        try (Stream<Path> incoming = Files.list(properties.incomingDir())) {
            assertThat(incoming).as("nothing of the bodies was written").isEmpty();
        }
    }

    @Test
    void aClientOverItsSearchLimitGets429WithRetryAfterInThePortalsLook() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 7; i++) {
            last = JourneyTestSupport.get(port, "/szukaj?q=praca+" + i);
            statuses.add(last.statusCode());
        }
        assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 429, 429);
        assertThat(last.headers().firstValue("Retry-After")).hasValueSatisfying(s ->
                assertThat(Long.parseLong(s)).isBetween(1L, 60L));
        assertThat(last.body()).contains("Zbyt wiele zapytań");
        assertSecurityHeaders(last);
        assertThat(JourneyTestSupport.get(port, "/api/search?q=praca").statusCode()).isEqualTo(429);
        assertThat(JourneyTestSupport.get(port, "/").statusCode()).as("pages other than search").isEqualTo(200);
    }

    @Test
    void theErrorPageAskedForDirectlyIsNotFound() throws Exception {
        HttpResponse<String> r = JourneyTestSupport.get(port, "/error");
        assertThat(r.statusCode()).isEqualTo(404);
        assertSecurityHeaders(r);
    }

    @Test
    void aForgedHostHeaderIsNeverEchoedInARedirect() throws Exception {
        String head = rawHead("GET /admin HTTP/1.1\r\nHost: zly.example\r\nConnection: close\r\n\r\n");
        assertThat(head).startsWith("HTTP/1.1 302").contains("Location: /login").doesNotContain("zly.example");
    }

    /** Refused by Tomcat before any filter runs (a request line or header it cannot parse, TRACE): headers too. */
    @Test
    void requestsTomcatRefusesItselfCarryTheSecurityHeadersOnce() throws Exception {
        for (String request : List.of("GET /a b c HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n",
                "TRACE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")) {
            String head = rawHead(request);
            assertThat(head).as(request).matches("(?s)HTTP/1.1 40[05] .*");
            for (String header : List.of("Content-Security-Policy: ", "X-Content-Type-Options: nosniff",
                    "X-Frame-Options: DENY", "Referrer-Policy: ")) {
                assertThat(head.split(header, -1)).as("%s in %s", header, head).hasSize(2);
            }
        }
    }

    private String rawHead(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).split("\r\n\r\n")[0];
        }
    }

    @Test
    void aMethodNoPageUsesIsRefusedWithTheSecurityHeaders() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/obszary")).header("Accept", "text/html")
                .method("DELETE", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isIn(403, 405);
        assertSecurityHeaders(r);
    }

    /** Each once: a header sent twice is read differently by different clients. */
    private static void assertSecurityHeaders(HttpResponse<?> r) {
        Map<String, List<String>> h = r.headers().map();
        assertThat(r.headers().allValues("Content-Security-Policy")).as("CSP on %s: %s", r.uri(), h).hasSize(1);
        assertThat(r.headers().allValues("X-Content-Type-Options")).as("on %s", r.uri()).containsExactly("nosniff");
        assertThat(r.headers().allValues("X-Frame-Options")).as("on %s", r.uri()).containsExactly("DENY");
        assertThat(r.headers().allValues("Referrer-Policy")).as("on %s", r.uri()).hasSize(1);
    }
}
