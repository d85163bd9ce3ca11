package pl.innowacje.katalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.innowacje.katalog.JourneyTestSupport.get;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import pl.innowacje.katalog.JourneyTestSupport;
import pl.innowacje.katalog.ShippedCatalogueHttp;

/** The public pages on the shipped catalogue through HTTP: lists, counts, paging and languages as a visitor sees them. */
class PublicPagesTest extends ShippedCatalogueHttp {

    @Test
    void everyCountOnTheBrowsePagesEqualsTheResultsItsLinkOpens() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> pages = new ArrayList<>(List.of("/", "/obszary", "/bloki"));
        page("/obszary").select("h2 a[href^=/obszary/]").forEach(a -> pages.add(a.attr("href")));
        page("/bloki").select("h3 a[href^=/bloki/]").forEach(a -> pages.add(a.attr("href")));
        for (String path : pages) {
            for (Element a : page(path).select("a.count")) {
                counts.put(path + " → " + a.attr("href"), number(a.text()));
                assertThat(resultsAt(a.attr("href"))).as(path + " " + a.attr("href")).isEqualTo(number(a.text()));
            }
        }
        assertThat(counts).as("counts checked").hasSizeGreaterThan(20);
    }

    @Test
    void theHomePageTotalIsTheNumberOfSolutionsListed() throws Exception {
        long total = number(page("/").selectFirst(".lead").text().replaceAll("\\D*(\\d+).*", "$1"));
        assertThat(resultsAt("/rozwiazania")).isEqualTo(total);
        assertThat(resultsAt("/szukaj?q=")).isEqualTo(total);
    }

    @Test
    void listsOfSolutionsAreasAndBlocksAnswer() throws Exception {
        Document all = page("/rozwiazania");
        assertThat(all.select("ol.results > li")).hasSize(SearchController.PAGE_SIZE);
        List<String> titles = all.select("ol.results > li h2").eachText();
        assertThat(titles).as("by title unless asked otherwise").isSortedAccordingTo(
                java.text.Collator.getInstance(java.util.Locale.forLanguageTag("pl")));
        assertThat(page("/obszary").select("h2 a").eachText()).contains("Zatrudnienie i integracja społeczna");
        assertThat(page("/bloki").select("h3 a").eachText())
                .contains("Osoby z niepełnosprawnościami");
        assertThat(all.select("nav.pager a[rel=next]").attr("href")).startsWith("/rozwiazania?");
    }

    @Test
    void aPagePastTheEndOpensTheLastPage() throws Exception {
        long last = (resultsAt("/szukaj?q=") + SearchController.PAGE_SIZE - 1) / SearchController.PAGE_SIZE;
        HttpResponse<String> response = get(port, "/szukaj?q=&page=999");
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/szukaj?q=&page=" + last);
        assertThat(page("/szukaj?q=&page=" + last).selectFirst("nav.pager").text()).contains(last + " / " + last);
    }

    @Test
    void searchLinksCarryOnlyTheParametersASearchKnows() throws Exception {
        Document results = page("/szukaj?q=praca&utm_source=x&junk=" + "y".repeat(500));
        assertThat(results.select("a[href*=junk], a[href*=utm_source]")).isEmpty();
        assertThat(results.select("form.facets input[type=hidden]").eachAttr("name")).containsExactly("q");
        assertThat(results.select("a[href^=/szukaj?sort]")).isEmpty();
        assertThat(results.select(".sort a").first().attr("href")).startsWith("/szukaj?q=praca&sort=");
    }

    @Test
    void countsUseThePluralFormOfTheirNumber() throws Exception {
        String lead = page("/").selectFirst(".lead").text();
        assertThat(lead).doesNotContainPattern("\\b1 rozwiązań|\\b[234] rozwiązań\\b|\\b2[234] rozwiązań\\b");
        assertThat(page("/szukaj?q=trener+pracy+zatrudnienie+wspomagane&lang=en").selectFirst(".summary strong").text())
                .matches("1 solution|\\d+ solutions");
    }

    @Test
    void switchingLanguageKeepsTheQueryAndFilters() throws Exception {
        Document results = page("/szukaj?q=praca&area=zatrudnienie-i-integracja-spoleczna");
        Element english = results.selectFirst("header a[lang=en]");
        assertThat(english.attr("href"))
                .isEqualTo("/szukaj?q=praca&area=zatrudnienie-i-integracja-spoleczna&lang=en");
        Document inEnglish = page(english.attr("href"));
        assertThat(inEnglish.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(inEnglish.selectFirst("header a[lang=pl]").attr("href"))
                .isEqualTo("/szukaj?q=praca&area=zatrudnienie-i-integracja-spoleczna&lang=pl");
    }

    @Test
    void anUnknownLanguageFallsBackToPolish() throws Exception {
        assertThat(page("/?lang=de").selectFirst("html").attr("lang")).isEqualTo("pl");
        assertThat(page("/?lang=xx-YY").selectFirst("html").attr("lang")).isEqualTo("pl");
    }

    @Test
    void aLinkToAnotherSiteCannotBeMadeFromThePath() {
        assertThat(PageFrame.href("//evil.example/x", null, "en")).isEqualTo("/evil.example/x?lang=en");
        assertThat(PageFrame.href("/", "lang=pl&q=a", "en")).isEqualTo("/?q=a&lang=en");
    }

    @Test
    void newsBlocksProjectsAndOrganisationsLinkEachOtherBothWays() throws Exception {
        Document news = page("/aktualnosci");
        List<String> items = news.select("ol.results h2 a, ul.results h2 a").eachAttr("href");
        assertThat(items).hasSizeGreaterThanOrEqualTo(4);
        int linkedBack = 0;
        for (String href : items) {
            Document item = page(href);
            for (String owner : item.select("article a[href^=/bloki/], article a[href^=/projekty/]").eachAttr("href")) {
                assertThat(page(owner).select("a[href=" + href + "]")).as(owner + " lists " + href).isNotEmpty();
                linkedBack++;
            }
        }
        assertThat(linkedBack).isGreaterThanOrEqualTo(4);

        Document project = page("/projekty/projekt-express-do-zatrudnienia");
        String implementer = project.select(".fact-box a[href^=/organizacje/]").first().attr("href");
        Document organisation = page(implementer);
        assertThat(organisation.select("a[href=/projekty/projekt-express-do-zatrudnienia]")).isNotEmpty();
        assertThat(organisation.select("a[href=/rozwiazania/express-do-zatrudnienia]")).isNotEmpty();
        assertThat(project.select("a[href=/rozwiazania/express-do-zatrudnienia]")).isNotEmpty();
        assertThat(page("/organizacje").select(".card h2 a")).hasSizeGreaterThan(5);
        assertThat(page("/projekty").select(".card h2 a")).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void theSolutionPageStartsWithItsFactsEachLinkedToTheFilteredSearch() throws Exception {
        Document solution = page("/rozwiazania/express-do-zatrudnienia");
        Element box = solution.selectFirst("article .fact-box");
        assertThat(box.elementSiblingIndex()).as("right under the title and summary").isLessThanOrEqualTo(2);
        List<String> searches = box.select("a[href^=/szukaj?]").eachAttr("href");
        assertThat(searches).anyMatch(h -> h.startsWith("/szukaj?user=")).anyMatch(h -> h.startsWith("/szukaj?region="))
                .anyMatch(h -> h.startsWith("/szukaj?programme="));
        for (String href : searches) {
            assertThat(resultsAt(href)).as(href).isGreaterThan(0);
        }
        assertThat(box.text()).doesNotContain("admin", "koordynator1");
    }

    @Test
    void theAccessibilityStatementHasEveryStatutoryElementInBothLanguages() throws Exception {
        for (String lang : List.of("pl", "en")) {
            Document statement = page("/deklaracja-dostepnosci?lang=" + lang);
            assertThat(statement.selectFirst("html").attr("lang")).isEqualTo(lang);
            for (String id : List.of("a11y-wstep", "a11y-podmiot", "a11y-url", "a11y-data-publikacja",
                    "a11y-data-aktualizacja", "a11y-status", "a11y-data-sporzadzenie", "a11y-kontakt", "a11y-osoba",
                    "a11y-email", "a11y-telefon", "a11y-procedura", "a11y-architektura", "a11y-aplikacje")) {
                assertThat(statement.getElementById(id)).as(lang + " " + id).isNotNull();
                assertThat(statement.getElementById(id).text()).as(lang + " " + id).isNotBlank();
            }
            assertThat(statement.getElementById("a11y-data-publikacja").attr("datetime")).matches("\\d{4}-\\d{2}-\\d{2}");
        }
        assertThat(page("/deklaracja-dostepnosci?lang=en").getElementById("a11y-status").text()).contains("compliant");
    }

    @Test
    void twoSolutionsCompareSideBySideWithTheirDifferencesNamed() throws Exception {
        Document compared = page("/porownaj?r=express-do-zatrudnienia&r=zatrudnienie-wspomagane-z-trenerem-pracy");
        assertThat(compared.select("table.compare thead th a").eachAttr("href")).containsExactly(
                "/rozwiazania/express-do-zatrudnienia", "/rozwiazania/zatrudnienie-wspomagane-z-trenerem-pracy");
        assertThat(compared.select("table.compare tbody tr")).hasSizeGreaterThan(8)
                .allSatisfy(row -> assertThat(row.select("td")).hasSize(2));
        assertThat(compared.select("tr.differs th").eachText()).anyMatch(t -> t.contains("różni się"));
        assertThat(get(port, "/porownaj?r=express-do-zatrudnienia").statusCode()).isEqualTo(400);
        assertThat(get(port, "/porownaj?r=nie-ma-takiego&r=ani-takiego").statusCode()).isEqualTo(400);
        Document results = page("/szukaj?q=zatrudnienie");
        assertThat(results.select("form.compare-form[action=/porownaj] input[type=checkbox][name=r]")).hasSizeGreaterThan(1);
    }

    @Test
    void everyShippedSolutionHasAnEnglishSummaryThatEnglishReadersSee() throws Exception {
        tools.jackson.databind.JsonNode all = JourneyTestSupport.json(get(port, "/api/search?q=&size=100").body());
        assertThat(all.get("hits").size()).isGreaterThan(15);
        for (tools.jackson.databind.JsonNode hit : all.get("hits")) {
            String slug = hit.get("slug").asString();
            Element english = page("/rozwiazania/" + slug + "?lang=en").selectFirst("article .lead");
            assertThat(english.attr("lang")).as(slug).isEqualTo("en");
            assertThat(english.text()).as(slug).isNotBlank();
            Element polish = page("/rozwiazania/" + slug + "?lang=pl").selectFirst("article .lead");
            assertThat(polish.attr("lang")).as(slug).isEqualTo("pl");
            assertThat(polish.text()).as(slug).isNotEqualTo(english.text());
        }
    }

    @Test
    void everyAreaAndBlockHasAnEnglishSummaryAboveItsPolishText() throws Exception {
        List<String> pages = new ArrayList<>();
        page("/obszary").select("h2 a[href^=/obszary/]").forEach(a -> pages.add(a.attr("href")));
        page("/bloki").select("h3 a[href^=/bloki/]").forEach(a -> pages.add(a.attr("href")));
        assertThat(pages).hasSize(10);
        for (String path : pages) {
            Document english = page(path + "?lang=en");
            Element summary = english.selectFirst("main > p.lead[lang=en]");
            assertThat(summary).as(path).isNotNull();
            assertThat(summary.text()).as(path).isNotBlank();
            assertThat(english.select("main > p.polish-only").text()).as(path)
                    .isEqualTo("The description below exists in Polish only.");
            assertThat(page(path).select("p.lead[lang=en]")).as(path + " in Polish").isEmpty();
        }
        assertThat(page("/bloki/wspolpraca-instytucji-rynku-pracy-pomocy-i-integracji-spolecznej?lang=en")
                .select("nav.breadcrumb a[href^=/obszary/]").text()).isEqualTo("Employment and social integration");
        tools.jackson.databind.JsonNode areas = JourneyTestSupport.json(get(port, "/api/areas").body());
        areas.forEach(a -> assertThat(a.get("summaryEn").asString()).isNotBlank());
    }

    @Test
    void aReaderAskingInEnglishFindsASolutionByItsEnglishSummary() throws Exception {
        tools.jackson.databind.JsonNode found = JourneyTestSupport.json(get(port, "/api/search?q=inaction").body());
        assertThat(found.get("hits").get(0).get("slug").asString())
                .isEqualTo("system-aktywnej-lokalnej-polityki-spolecznej");
    }
}
