package pl.innowacje.katalog;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.innowacje.katalog.JourneyTestSupport.encode;
import static pl.innowacje.katalog.JourneyTestSupport.get;
import static pl.innowacje.katalog.JourneyTestSupport.getBytes;
import static pl.innowacje.katalog.JourneyTestSupport.json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import pl.innowacje.katalog.catalog.SynonymGroup;
import pl.innowacje.katalog.catalog.Thesaurus;
import pl.innowacje.katalog.importing.ContentLoader;
import pl.innowacje.katalog.importing.LoadReport;
import pl.innowacje.katalog.search.IndexFollower;
import pl.innowacje.katalog.stats.Statistics;
import pl.innowacje.katalog.stats.Usage;
import tools.jackson.databind.JsonNode;

/**
 * The public journeys through HTTP on the shipped catalogue: browse, read, download and search in Polish. Run on H2
 * and on the MySQL profile by the subclasses.
 */
abstract class PortalJourneys {

    @LocalServerPort
    int port;

    @Autowired
    IndexFollower index;

    @Autowired
    ContentLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Thesaurus thesaurus;

    @Autowired
    Usage usage;

    @BeforeEach
    void indexUpToDate() throws Exception {
        index.catchUp();
    }

    JsonNode search(String query) throws Exception {
        HttpResponse<String> response = get(port, "/api/search?q=" + encode(query));
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response.body());
    }

    static List<String> slugs(JsonNode result) {
        List<String> out = new ArrayList<>();
        result.get("hits").forEach(h -> out.add(h.get("slug").asString()));
        return out;
    }

    @Test
    void inflectedWordsFindExpressInTheTopThree() throws Exception {
        assertThat(slugs(search("długotrwale bezrobotnych")).subList(0, 3)).contains("express-do-zatrudnienia");
    }

    @Test
    void wordsWithoutDiacriticsFindTheLocalAlliesModelFirst() throws Exception {
        assertThat(slugs(search("wspolpraca z lokalnymi sojusznikami")).get(0))
                .isEqualTo("model-wspolpracy-z-lokalnymi-sojusznikami");
    }

    @Test
    void aSentenceFromInsideAHandbookFindsItsSolutionWithFileAndPage() throws Exception {
        String sentence = "Pierwsza rozmowa z młodym człowiekiem nigdy nie odbywa się w budynku urzędu pracy";
        JsonNode result = search("\"" + sentence + "\"");
        assertThat(slugs(result)).containsExactly("model-wspolpracy-z-lokalnymi-sojusznikami");
        JsonNode fromPage = null;
        for (JsonNode s : result.get("hits").get(0).get("snippets")) {
            if (!s.get("page").isNull()) {
                fromPage = s;
            }
        }
        assertThat(fromPage).isNotNull();
        Integer expectedPage = jdbc.sql("""
                SELECT p.page_no FROM blob_page p JOIN solution_file f ON f.sha256 = p.sha256
                WHERE f.id = ? AND p.text LIKE ?""")
                .params(fromPage.get("file").asLong(), "%nigdy nie odbywa%")
                .query(Integer.class).single();
        assertThat(fromPage.get("page").asInt()).isEqualTo(expectedPage);
        assertThat(fromPage.get("text").asString()).contains("<mark>");
    }

    @Test
    void aPassageFromAWordHandbookLeadsToItsSectionOnThePortalWithTheWordsMarked() throws Exception {
        String query = "posiedzenie rady rekomendacją dla starosty";
        JsonNode result = search(query);
        assertThat(slugs(result).get(0)).isEqualTo("powiatowe-rady-zatrudnienia");
        JsonNode fromSection = null;
        for (JsonNode s : result.get("hits").get(0).get("snippets")) {
            if ("section".equals(s.get("unit").asString())) {
                fromSection = s;
            }
        }
        assertThat(fromSection).isNotNull();
        String file = fromSection.get("file").asString();
        int section = fromSection.get("page").asInt();
        assertThat(section).isEqualTo(jdbc.sql("""
                SELECT p.page_no FROM blob_page p JOIN solution_file f ON f.sha256 = p.sha256
                WHERE f.id = ? AND p.text LIKE ?""").params(Long.parseLong(file), "%rekomendacją dla starosty%")
                .query(Integer.class).single());

        // The results page names the section and links its text on the portal, not a download.
        HttpResponse<String> results = get(port, "/szukaj?q=" + encode(query));
        String href = "/rozwiazania/powiatowe-rady-zatrudnienia/pliki/" + file + "/czesci/" + section + "?q="
                + encode(query).replace("+", "%20") + "#trafienie";
        assertThat(results.body()).contains("część " + section, "href=\"" + href + "\"")
                .doesNotContain("href=\"/pliki/" + file + "#page=");

        HttpResponse<String> page = get(port, href.substring(0, href.indexOf('#')));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Poradnik dla członków powiatowej rady", "część " + section + " z ",
                // The link lands on the paragraph with most of the words: the passage the results showed.
                "<mark id=\"trafienie\">Posiedzenie</mark> <mark>rady</mark>, które nie kończy się ani jedną "
                        + "<mark>rekomendacją</mark> dla <mark>starosty</mark>");
    }

    @Test
    void aSectionOfAnUnknownFileOrOfASolutionNoLongerPublicIsThePortals404() throws Exception {
        long file = jdbc.sql("""
                SELECT f.id FROM solution_file f JOIN solution s ON s.id = f.solution_id
                WHERE s.slug = 'powiatowe-rady-zatrudnienia'""").query(Long.class).single();
        String url = "/rozwiazania/powiatowe-rady-zatrudnienia/pliki/" + file + "/czesci/1";
        assertThat(get(port, url).statusCode()).isEqualTo(200);
        HttpResponse<String> unknown = get(port, "/rozwiazania/powiatowe-rady-zatrudnienia/pliki/999999/czesci/1");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Nie ma takiej strony");
        assertThat(get(port, "/rozwiazania/express-do-zatrudnienia/pliki/" + file + "/czesci/1").statusCode())
                .isEqualTo(404);
        // Withdrawn for a moment, straight in the database the page reads (nothing else is changed).
        jdbc.sql("UPDATE solution SET status = 'WITHDRAWN' WHERE slug = 'powiatowe-rady-zatrudnienia'").update();
        try {
            HttpResponse<String> withdrawn = get(port, url);
            assertThat(withdrawn.statusCode()).isEqualTo(404);
            assertThat(withdrawn.body()).contains("Nie ma takiej strony");
        } finally {
            jdbc.sql("UPDATE solution SET status = 'PUBLISHED' WHERE slug = 'powiatowe-rady-zatrudnienia'").update();
        }
    }

    @Test
    void choosingAFacetValueKeepsTheOtherValuesCounts() throws Exception {
        JsonNode all = json(get(port, "/api/search?q=").body());
        JsonNode chosen = json(get(port, "/api/search?q=&area=dobre-rzadzenie").body());
        assertThat(chosen.get("total").asLong()).isLessThan(all.get("total").asLong());
        // Drill-sideways: the area facet still counts every area as if none were chosen.
        assertThat(chosen.get("facets").get("area").toString()).isEqualTo(all.get("facets").get("area").toString());
        assertThat(chosen.get("facets").get("block").size()).isLessThan(all.get("facets").get("block").size());
    }

    @Test
    void noQueryTextCausesAServerError() throws Exception {
        for (String q : List.of("\"niezamkniety", "title:(a AND", "*:*", "a".repeat(10_000), "\u0000\u0007x\u001b",
                "", "-", "\"\"", "((((((", "|||", "~2 ^3 [a TO b]", "zażółć gęślą jaźń ".repeat(200))) {
            HttpResponse<String> api = get(port, "/api/search?q=" + encode(q));
            assertThat(api.statusCode()).as("api for %s", q.length() > 30 ? q.substring(0, 30) : q).isEqualTo(200);
            HttpResponse<String> page = get(port, "/szukaj?q=" + encode(q));
            assertThat(page.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void badParametersAnswer400WithAMessage() throws Exception {
        for (String query : List.of("page=0", "page=abc", "size=1000", "sort=popular", "page=999999&size=100")) {
            HttpResponse<String> response = get(port, "/api/search?q=a&" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(json(response.body()).get("error").asString()).isNotBlank();
        }
    }

    @Test
    void draftsAreNeitherShownNorFound() throws Exception {
        assertThat(get(port, "/rozwiazania/kompetencje-cyfrowe-pracownikow-45-plus").statusCode()).isEqualTo(404);
        assertThat(slugs(search("kompetencje cyfrowe pracowników"))).doesNotContain(
                "kompetencje-cyfrowe-pracownikow-45-plus");
    }

    @Test
    void aSolutionInDevelopmentIsShownAsSuchWithTheImplementersContact() throws Exception {
        HttpResponse<String> page = get(port, "/rozwiazania/powrot-do-pracy-po-przerwie");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Rozwiązanie w trakcie wdrażania", "Kontakt z realizatorem",
                "mailto:powrot.do.pracy@katalog-innowacji.example").doesNotContain("Zweryfikowane ");
    }

    @Test
    void aPersonBrowsesAreaBlockSolutionAndDownloadsAHandbook() throws Exception {
        HttpResponse<String> home = get(port, "/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Zatrudnienie i integracja społeczna", "lang=\"pl\"");
        HttpResponse<String> block = get(port,
                "/bloki/wspolpraca-instytucji-rynku-pracy-pomocy-i-integracji-spolecznej");
        assertThat(block.body()).contains("Karta bloku", "Express do zatrudnienia", "Osoby z niepełnosprawnościami");
        HttpResponse<String> solution = get(port, "/rozwiazania/express-do-zatrudnienia");
        assertThat(solution.body()).contains("Zweryfikowane", "350", "72");
        Matcher link = Pattern.compile("href=\"(/pliki/\\d+/[^\"]+\\.pdf)\"").matcher(solution.body());
        assertThat(link.find()).isTrue();
        HttpResponse<byte[]> file = getBytes(port, link.group(1));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(file.body(), 0, 5)).isEqualTo("%PDF-");
    }

    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

    private int asReader(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + path)).header("User-Agent", BROWSER).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private long counted(String sql, long id) {
        usage.flush();
        return jdbc.sql(sql).params(id, java.sql.Date.valueOf(java.time.LocalDate.now(Statistics.ZONE)))
                .query(Long.class).optional().orElse(0L);
    }

    @Test
    void aReadersViewsAndDownloadsAddUpInTheDaysRowsAcrossWrites() throws Exception {
        long id = jdbc.sql("SELECT id FROM solution WHERE slug = 'express-do-zatrudnienia'").query(Long.class).single();
        long file = jdbc.sql("SELECT MIN(id) FROM solution_file WHERE solution_id = ?").param(id).query(Long.class)
                .single();
        String views = "SELECT views FROM solution_view_day WHERE solution_id = ? AND on_day = ?";
        String downloads = "SELECT downloads FROM file_download_day WHERE file_id = ? AND on_day = ?";
        long viewsBefore = counted(views, id);
        long downloadsBefore = counted(downloads, file);

        assertThat(asReader("/rozwiazania/express-do-zatrudnienia")).isEqualTo(200);
        assertThat(counted(views, id)).as("a new day's row, or the day's row grown").isEqualTo(viewsBefore + 1);
        assertThat(asReader("/rozwiazania/express-do-zatrudnienia")).isEqualTo(200);
        assertThat(asReader("/pliki/" + file)).isEqualTo(200);
        assertThat(counted(views, id)).isEqualTo(viewsBefore + 2);
        assertThat(counted(downloads, file)).isEqualTo(downloadsBefore + 1);
    }

    @Test
    void unknownPagesGetThePortalsOwn404() throws Exception {
        HttpResponse<String> missing = get(port, "/rozwiazania/nie-ma-takiego");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Nie ma takiej strony", "Katalog innowacji społecznych");
        assertThat(get(port, "/pliki/999999").statusCode()).isEqualTo(404);
    }

    @Test
    void englishIsOneParameterAway() throws Exception {
        HttpResponse<String> home = get(port, "/?lang=en");
        assertThat(home.body()).contains("Find a ready solution", "lang=\"en\"", "Employment and social integration");
    }

    @Test
    void loadingTheSameContentAgainChangesNothing() {
        LoadReport again = loader.load(Path.of("content"));
        assertThat(again.rejections()).isEmpty();
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isGreaterThan(20);
    }

    @Test
    void theShippedThesaurusLoadsWholeWithItsDiacritics() throws Exception {
        long groupsInFile = java.nio.file.Files.readAllLines(Path.of("content/thesaurus.yml")).stream()
                .filter(l -> l.startsWith("- code: ")).count();
        thesaurus.reload();
        assertThat(thesaurus.groups()).hasSize((int) groupsInFile);
        SynonymGroup welfare = thesaurus.groups().stream().filter(g -> g.code().equals("OPS")).findFirst()
                .orElseThrow();
        assertThat(welfare.terms()).startsWith("OPS", "ośrodek pomocy społecznej", "MOPS",
                "miejski ośrodek pomocy społecznej");
    }
}
