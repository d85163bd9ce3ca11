package pl.innowacje.katalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import pl.innowacje.katalog.JourneyTestSupport;
import pl.innowacje.katalog.ShippedCatalogueHttp;

/** Pages link the stylesheet, scripts and icons under names with their content's hash, which browsers keep a year. */
class StaticResourcesTest extends ShippedCatalogueHttp {

    @Test
    void theStylesheetIsLinkedByItsHashAndCachedForAYear() throws Exception {
        Document home = page("/");
        String css = home.select("link[rel=stylesheet]").attr("href");
        assertThat(css).matches("/css/portal-[0-9a-f]{32}\\.css");
        assertThat(home.select("script[src]").eachAttr("src")).allMatch(s -> s.matches("/js/[a-z]+-[0-9a-f]{32}\\.js"));
        HttpResponse<String> response = JourneyTestSupport.get(port, css);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow())
                .contains("max-age=31536000").contains("public");
        assertThat(response.body()).contains("box-sizing");
    }
}
