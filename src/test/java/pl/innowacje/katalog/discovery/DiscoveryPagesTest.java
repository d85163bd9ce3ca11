package pl.innowacje.katalog.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.innowacje.katalog.JourneyTestSupport.get;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import pl.innowacje.katalog.JourneyTestSupport;
import pl.innowacje.katalog.ShippedCatalogueHttp;
import tools.jackson.databind.JsonNode;

/** What search engines, library tools and reference managers read, on the shipped catalogue through HTTP. */
class DiscoveryPagesTest extends ShippedCatalogueHttp {

    /** The configured base URL (the default): every address given out starts with it, whatever the Host header. */
    private static final String BASE = "http://localhost:8080";

    @Test
    void theSitemapListsEveryPublicSolutionAndEveryAddressInItAnswers() throws Exception {
        HttpResponse<String> response = get(port, "/sitemap.xml");
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        Document sitemap = Jsoup.parse(response.body(), "", Parser.xmlParser());
        assertThat(sitemap.selectFirst("urlset").attr("xmlns")).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        List<String> paths = new ArrayList<>();
        for (var url : sitemap.select("url")) {
            assertThat(url.selectFirst("loc").text()).startsWith(BASE + "/");
            paths.add(url.selectFirst("loc").text().substring(BASE.length()));
            if (url.selectFirst("loc").text().contains("/rozwiazania/")) {
                assertThat(url.selectFirst("lastmod").text()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
            }
        }
        Set<String> solutions = new TreeSet<>();
        JourneyTestSupport.json(get(port, "/api/search?q=&size=100").body()).get("hits")
                .forEach(hit -> solutions.add(hit.get("url").asString()));
        assertThat(paths.stream().filter(p -> p.startsWith("/rozwiazania/")).toList())
                .containsExactlyInAnyOrderElementsOf(solutions);
        assertThat(paths).contains("/", "/obszary", "/bloki", "/organizacje", "/projekty", "/aktualnosci")
                .doesNotHaveDuplicates().noneMatch(p -> p.startsWith("/szukaj") || p.startsWith("/admin"));
        for (String path : paths) {
            assertThat(get(port, path).statusCode()).as(path).isEqualTo(200);
        }
        java.util.Map<String, String> lastmod = new java.util.HashMap<>();
        sitemap.select("url").forEach(u -> lastmod.put(u.selectFirst("loc").text().substring(BASE.length()),
                u.selectFirst("lastmod") == null ? null : u.selectFirst("lastmod").text()));
        assertThat(lastmod.get("/organizacje/kpmg")).as("a partner's page changes with its solutions")
                .isNotNull().isEqualTo(lastmod.get("/rozwiazania/express-do-zatrudnienia"));
        assertThat(lastmod.get("/projekty")).isNotNull();
        assertThat(lastmod.get("/deklaracja-dostepnosci")).isEqualTo("2026-12-02T00:00:00Z");
        assertThat(get(port, "/sitemap-2.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void robotsKeepCrawlersOutOfTheStaffAreaAndNameTheSitemap() throws Exception {
        String robots = get(port, "/robots.txt").body();
        assertThat(robots.lines()).contains("User-agent: *", "Disallow: /admin", "Disallow: /login",
                "Sitemap: " + BASE + "/sitemap.xml");
    }

    @Test
    void aSolutionPageDescribesItselfToMachinesAsItsReadersSeeIt() throws Exception {
        Document page = page("/rozwiazania/express-do-zatrudnienia");
        String title = page.selectFirst("h1").text();
        String implementer = page.select(".fact-box a[href^=/organizacje/]").first().text();
        JsonNode work = JourneyTestSupport.json(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(work.get("@type").asString()).isEqualTo("CreativeWork");
        assertThat(work.get("name").asString()).isEqualTo(title);
        assertThat(work.get("url").asString()).isEqualTo(BASE + "/rozwiazania/express-do-zatrudnienia");
        assertThat(work.get("creator").get("name").asString()).isEqualTo(implementer);
        assertThat(work.get("hasPart").size()).isEqualTo(page.select("ul.files > li").size());
        assertThat(work.get("about").size()).isPositive();
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(work.get("url").asString());
        assertThat(meta(page, "citation_title")).containsExactly(title);
        assertThat(meta(page, "DC.title")).containsExactly(title);
        assertThat(meta(page, "citation_author")).containsExactly(implementer);
        assertThat(meta(page, "DC.subject")).isNotEmpty();
        assertThat(meta(page, "citation_publication_date").get(0)).matches("\\d{4}/\\d\\d/\\d\\d");
        for (JsonNode part : work.get("hasPart")) {
            String file = part.get("contentUrl").asString().substring(BASE.length());
            assertThat(JourneyTestSupport.getBytes(port, file).statusCode()).as(file).isEqualTo(200);
        }
    }

    @Test
    void theCiteBoxGivesAReferenceAndABibtexEntryInTheReadersLanguage() throws Exception {
        Document polish = page("/rozwiazania/express-do-zatrudnienia");
        String title = polish.selectFirst("h1").text();
        String reference = polish.selectFirst("section.cite .citation").text();
        assertThat(reference).contains(title, "[online]", "Dostępny w: " + BASE + "/rozwiazania/express-do-zatrudnienia",
                "[dostęp ");
        String bibtex = polish.selectFirst("section.cite pre.bibtex").wholeText();
        assertThat(bibtex).startsWith("@misc{express-do-zatrudnienia,\n").endsWith("\n}")
                .contains("  title = {{" + title + "}},", "  url = {" + BASE + "/rozwiazania/express-do-zatrudnienia},");
        assertThat(page("/rozwiazania/express-do-zatrudnienia?lang=en").selectFirst("section.cite .citation").text())
                .contains("Available at: ", "[accessed ");
    }

    private static List<String> meta(Document page, String name) {
        return page.select("meta[name=" + name + "]").eachAttr("content");
    }
}
