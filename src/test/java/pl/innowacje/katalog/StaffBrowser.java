package pl.innowacje.katalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser for staff journeys: its own cookies, CSRF tokens read from pages, forms read from pages and sent back
 * with changes, multipart uploads, and no automatic redirects.
 */
public final class StaffBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies;
    private final HttpClient http;

    private final String userAgent;

    public StaffBrowser(int port) {
        this(port, null);
    }

    /** A browser that names itself ({@code User-Agent}), as a real one does; null keeps the HTTP client's name. */
    public StaffBrowser(int port, String userAgent) {
        this(port, userAgent, new CookieManager());
    }

    private StaffBrowser(int port, String userAgent, CookieManager cookies) {
        this.port = port;
        this.userAgent = userAgent;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The same browser (its cookies: the session) talking to another node, as a load balancer may send it. */
    public StaffBrowser on(int otherPort) {
        return new StaffBrowser(otherPort, userAgent, cookies);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        return userAgent == null ? request : request.header("User-Agent", userAgent);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A download's bytes. */
    public HttpResponse<byte[]> bytes(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        List<Map.Entry<String, String>> fields = new ArrayList<>(form.entrySet());
        return postAll(path, fields);
    }

    /** A form post with repeated names (checkbox groups), in order. */
    public HttpResponse<String> postAll(String path, List<Map.Entry<String, String>> fields) throws Exception {
        String body = fields.stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart post: text fields, then one file under {@code fileField}. */
    public HttpResponse<String> upload(String path, Map<String, String> fields, String fileField, Path file,
            String fileName, Map<String, String> headers) throws Exception {
        return upload(path, fields, fileField, Map.of(fileName, file), headers);
    }

    /** Several files in one field, each sent by its bare name as browsers do ({@code files}: name → file). */
    public HttpResponse<String> upload(String path, Map<String, String> fields, String fileField,
            Map<String, Path> files, Map<String, String> headers) throws Exception {
        String boundary = "----granica" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, Path> file : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                    + "\"; filename=\"" + file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(Files.readAllBytes(file.getValue()));
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(request::setHeader);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public String csrf(String path) throws Exception {
        Matcher m = CSRF.matcher(get(path).body());
        assertThat(m.find()).as("a CSRF token on %s", path).isTrue();
        return m.group(1);
    }

    public HttpResponse<String> login(String username, String password) throws Exception {
        return post("/login", Map.of("username", username, "password", password, "_csrf", csrf("/login")));
    }

    /** Follows one redirect, as a browser would after a form. */
    public HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
        String location = response.headers().firstValue("Location").orElseThrow();
        return get(location.replaceFirst("^https?://[^/]+", "").replaceFirst("#.*$", ""));
    }

    /** The value of a cookie this browser holds, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    public static String location(HttpResponse<?> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    /** A form on a page, as the browser would send it: to be changed and submitted. */
    public Form form(String page, String selector) throws Exception {
        HttpResponse<String> response = get(page);
        assertThat(response.statusCode()).as("GET %s", page).isEqualTo(200);
        Document doc = Jsoup.parse(response.body());
        Element form = doc.selectFirst(selector);
        assertThat(form).as("form %s on %s", selector, page).isNotNull();
        return new Form(form.attr("action"), form);
    }

    /** The fields a form would send (text, hidden, textareas, chosen options, ticked boxes), editable. */
    public final class Form {
        private final String action;
        private final Map<String, List<String>> values = new LinkedHashMap<>();

        Form(String action, Element form) {
            this.action = action;
            for (Element input : form.select("input[name], textarea[name], select[name]")) {
                String name = input.attr("name");
                String type = input.attr("type");
                if (input.is("select")) {
                    Element chosen = input.selectFirst("option[selected]");
                    add(name, chosen == null ? "" : chosen.attr("value"));
                } else if (input.is("textarea")) {
                    add(name, input.wholeText());
                } else if ("checkbox".equals(type) || "radio".equals(type)) {
                    if (input.hasAttr("checked")) {
                        add(name, input.attr("value"));
                    }
                } else if (!"file".equals(type) && !"submit".equals(type)) {
                    add(name, input.attr("value"));
                }
            }
        }

        private void add(String name, String value) {
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }

        public Form set(String name, String... value) {
            values.put(name, new ArrayList<>(List.of(value)));
            return this;
        }

        public List<String> all(String name) {
            return values.getOrDefault(name, List.of());
        }

        public String get(String name) {
            List<String> v = values.get(name);
            return v == null || v.isEmpty() ? null : v.get(0);
        }

        public HttpResponse<String> submit() throws Exception {
            return submitTo(StaffBrowser.this);
        }

        /** Sent through another browser: the same one {@link #on another node}. */
        public HttpResponse<String> submitTo(StaffBrowser browser) throws Exception {
            List<Map.Entry<String, String>> fields = new ArrayList<>();
            values.forEach((k, vs) -> vs.forEach(v -> fields.add(Map.entry(k, v))));
            return browser.postAll(action, fields);
        }
    }
}
