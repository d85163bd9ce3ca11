package pl.innowacje.katalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import pl.innowacje.katalog.JourneyTestSupport;
import pl.innowacje.katalog.ShippedCatalogueHttp;

/** The map of voivodeships and the home page's charts: what they count is what their links open. */
class RegionMapTest extends ShippedCatalogueHttp {

    @Test
    void theHomeMapShowsEveryVoivodeshipAndEachCountIsWhatItsLinkOpens() throws Exception {
        Document home = page("/");
        List<Element> regions = home.select(".region-map svg a");
        assertThat(regions).hasSize(16);
        for (Element a : regions) {
            long count = number(a.attr("aria-label").replaceAll(".*:", ""));
            assertThat(resultsAt(a.attr("href"))).as(a.attr("aria-label")).isEqualTo(count);
            assertThat(a.className()).isEqualTo(count == 0 ? "shade-0" : "shade-4");
        }
        Element malopolskie = home.selectFirst(".region-map svg a[href='/szukaj?region=12']");
        assertThat(malopolskie.attr("aria-label")).isEqualTo("małopolskie: 1 rozwiązanie");
        assertThat(malopolskie.select("text").text()).isEqualTo("1");
        Element nationwide = home.selectFirst(".region-map a[href='/szukaj?region=PL']");
        assertThat(resultsAt(nationwide.attr("href"))).isEqualTo(number(nationwide.text()));
        assertThat(home.select(".region-map details tbody tr")).as("16 voivodeships and the whole country")
                .hasSize(17);
    }

    @Test
    void theShapesComeOnceFromAVersionedStaticFileWithEveryVoivodeship() throws Exception {
        String href = page("/").selectFirst(".region-map use").attr("href");
        assertThat(href).matches("/img/wojewodztwa-[0-9a-f]{32}\\.svg#w02");
        HttpResponse<String> svg = JourneyTestSupport.get(port, href.replaceAll("#.*", ""));
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(svg.body().split("<path id=\"w")).hasSize(17);
    }

    @Test
    void onTheSearchPageAChosenRegionIsMarkedAndItsLinkTakesItAway() throws Exception {
        Document results = page("/szukaj?q=praca&region=12");
        Element chosen = results.selectFirst(".region-map svg a.selected");
        assertThat(chosen.attr("aria-label")).startsWith("małopolskie: ").endsWith("(wybrane)");
        assertThat(chosen.attr("href")).isEqualTo("/szukaj?q=praca");
        assertThat(results.selectFirst(".region-map svg a[aria-label^=mazowieckie]").attr("href"))
                .isEqualTo("/szukaj?q=praca&region=12&region=14");
    }

    @Test
    void theHomeChartsCountByAreaAndByYearWhatTheirLinksOpen() throws Exception {
        Document home = page("/");
        List<Element> tables = home.select("table.bars");
        assertThat(tables).hasSize(2);
        for (Element row : home.select("table.bars tbody tr")) {
            String href = row.selectFirst("th a").attr("href");
            assertThat(resultsAt(href)).as(href).isEqualTo(number(row.selectFirst("td.count").text()));
        }
        List<String> years = tables.get(1).select("th a").eachText();
        assertThat(years).isSorted().isNotEmpty();
    }
}
