package pl.innowacje.katalog.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import tools.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import pl.innowacje.katalog.JourneyTestSupport;
import pl.innowacje.katalog.ShippedCatalogueHttp;
import pl.innowacje.katalog.StaffBrowser;
import pl.innowacje.katalog.admin.Role;
import pl.innowacje.katalog.admin.StaffAccounts;

/**
 * Statistics as readers make them and staff read them: page views and downloads per day, counted for readers only,
 * shown on the solution page, as the "most downloaded" order, in the API and on the staff page with its chart.
 */
class StatisticsTest extends ShippedCatalogueHttp {

    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Usage usage;

    @Autowired
    StaffAccounts accounts;

    private HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long viewsToday(long solutionId) {
        usage.flush();
        return jdbc.sql("SELECT COALESCE(SUM(views), 0) FROM solution_view_day WHERE solution_id = ? AND on_day = ?")
                .params(solutionId, java.sql.Date.valueOf(LocalDate.now(Statistics.ZONE))).query(Long.class).single();
    }

    /** The public solution with files whose id is highest, and its first file. */
    private long[] solutionWithFile() {
        return jdbc.sql("""
                SELECT s.id, MIN(f.id) FROM solution s JOIN solution_file f ON f.solution_id = s.id
                WHERE s.status = 'PUBLISHED' GROUP BY s.id ORDER BY s.id DESC LIMIT 1""")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    private String slug(long id) {
        return jdbc.sql("SELECT slug FROM solution WHERE id = ?").param(id).query(String.class).single();
    }

    @Test
    void aReadersViewIsCountedButNotRobotsScriptsHeadPrefetchOrStaff() throws Exception {
        long id = solutionWithFile()[0];
        String path = "/rozwiazania/" + slug(id);
        long before = viewsToday(id);

        assertThat(send("GET", path, "User-Agent", FIREFOX).statusCode()).isEqualTo(200);
        assertThat(send("GET", path, "User-Agent", FIREFOX, "Accept-Language", "en").statusCode()).isEqualTo(200);
        send("HEAD", path, "User-Agent", FIREFOX);
        send("GET", path, "User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
        send("GET", path);
        send("GET", path, "User-Agent", FIREFOX, "Sec-Purpose", "prefetch");
        accounts.create("statystyk", "Statystyk", "haslo-statystyk-1", Role.EDITOR);
        StaffBrowser staff = new StaffBrowser(port, FIREFOX);
        staff.login("statystyk", "haslo-statystyk-1");
        assertThat(staff.get(path).statusCode()).isEqualTo(200);

        assertThat(viewsToday(id)).as("two reader's views; HEAD, a robot, a script, a prefetch and staff not")
                .isEqualTo(before + 2);
        List<String> columns = jdbc.sql("""
                SELECT LOWER(column_name) FROM information_schema.columns
                WHERE LOWER(table_name) IN ('solution_view_day', 'file_download_day') ORDER BY 1""")
                .query(String.class).list();
        assertThat(columns).as("counts per day, nothing about the reader")
                .containsExactlyInAnyOrder("downloads", "file_id", "on_day", "on_day", "solution_id",
                        "solution_id", "views");
    }

    @Test
    void downloadsShowOnThePageInTheApiAndLeadTheMostDownloadedOrder() throws Exception {
        long[] chosen = solutionWithFile();
        String slug = slug(chosen[0]);
        usage.flush();
        long others = jdbc.sql("""
                SELECT COALESCE(MAX(t), 0) FROM (SELECT SUM(download_count) AS t FROM solution_file
                WHERE solution_id <> ? GROUP BY solution_id) x""").param(chosen[0]).query(Long.class).single();
        long mine = jdbc.sql("SELECT SUM(download_count) FROM solution_file WHERE solution_id = ?")
                .param(chosen[0]).query(Long.class).single();
        long needed = Math.max(1, others - mine + 1);
        for (int i = 0; i < needed; i++) {
            // The first part of a file, as a PDF reader starts: a download, and a small one.
            assertThat(send("GET", "/pliki/" + chosen[1], "User-Agent", FIREFOX, "Range", "bytes=0-0").statusCode())
                    .isEqualTo(206);
        }
        usage.flush();
        index.catchUp();

        JsonNode first = JourneyTestSupport.json(JourneyTestSupport.get(port, "/api/solutions?sort=downloads&size=1")
                .body()).get("items").get(0);
        assertThat(first.get("slug").asText()).isEqualTo(slug);
        Document results = page("/szukaj?sort=downloads");
        assertThat(results.select("[aria-current=true]").text()).contains("najczęściej pobierane");

        long total = mine + needed;
        Document solution = page("/rozwiazania/" + slug);
        assertThat(solution.select("ul.files li").first().text())
                .contains("pobrano " + total + (total == 1 ? " raz" : " razy"));

        JsonNode stats = JourneyTestSupport.json(JourneyTestSupport.get(port, "/api/solutions/" + slug
                + "/statistics?days=7").body());
        assertThat(stats.get("days")).hasSize(7);
        assertThat(stats.get("to").asText()).isEqualTo(LocalDate.now(Statistics.ZONE).toString());
        assertThat(stats.get("days").get(6).get("downloads").asLong()).isGreaterThanOrEqualTo(needed);
        assertThat(stats.get("files").get(0).get("downloadsTotal").asLong()).isEqualTo(
                jdbc.sql("SELECT download_count FROM solution_file WHERE id = ?").param(chosen[1])
                        .query(Long.class).single());
        JsonNode catalogue = JourneyTestSupport.json(JourneyTestSupport.get(port, "/api/statistics?days=1").body());
        assertThat(catalogue.get("mostDownloaded").get(0).get("slug").asText()).isEqualTo(slug);

        for (String days : List.of("0", "367", "week")) {
            HttpResponse<String> wrong = send("GET", "/api/statistics?days=" + days);
            assertThat(wrong.statusCode()).as(days).isEqualTo(400);
            assertThat(wrong.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(JourneyTestSupport.json(wrong.body()).get("detail").asText()).contains("days");
        }
    }

    @Test
    void theStaffPageDrawsEachDayAndListsTheSolutionsUsedMost() throws Exception {
        long id = solutionWithFile()[0];
        send("GET", "/rozwiazania/" + slug(id), "User-Agent", FIREFOX);
        usage.flush();
        assertThat(send("GET", "/admin/statystyki").statusCode()).as("staff only").isEqualTo(302);

        accounts.create("statystyczka", "Statystyczka", "haslo-statystyczka-1", Role.EDITOR);
        StaffBrowser staff = new StaffBrowser(port);
        staff.login("statystyczka", "haslo-statystyczka-1");
        HttpResponse<String> response = staff.get("/admin/statystyki?dni=7");
        assertThat(response.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(response.body());

        String today = LocalDate.now(Statistics.ZONE).toString();
        assertThat(html.select("figure.chart svg")).hasSize(2);
        assertThat(html.select("figure.chart svg").first().select("rect title").eachText())
                .anySatisfy(t -> assertThat(t).startsWith(today + ": "));
        assertThat(html.select("details table tbody tr")).hasSize(7);
        assertThat(html.select("details table tbody tr").last().select("th").text()).isEqualTo(today);
        assertThat(html.select("#najczesciej-viewed + div table a").eachAttr("href"))
                .contains("/rozwiazania/" + slug(id));
        assertThat(html.select("select#dni option[selected]").attr("value")).isEqualTo("7");
    }
}
