package pl.innowacje.katalog.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.innowacje.katalog.JourneyTestSupport.get;
import static pl.innowacje.katalog.JourneyTestSupport.json;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import pl.innowacje.katalog.ShippedCatalogueHttp;
import tools.jackson.databind.JsonNode;

/** An NGO follows a block, a project, a search or the news with a feed reader, starting from the page it reads. */
class FeedsTest extends ShippedCatalogueHttp {

    private static final String SITE = "http://localhost:8080";

    private SyndFeed feedOf(String page) throws Exception {
        Element link = page(page).selectFirst("head link[rel=alternate][type=application/atom+xml]");
        assertThat(link).as("feed link of " + page).isNotNull();
        assertThat(link.attr("title")).isNotBlank();
        return feed(link.attr("href"));
    }

    private SyndFeed feed(String path) throws Exception {
        HttpResponse<String> response = get(port, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getPublishedDate()).isNotNull();
        return feed;
    }

    private static List<String> links(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getLink).toList();
    }

    private List<String> solutionUrls(JsonNode cards) {
        List<String> urls = new ArrayList<>();
        cards.forEach(c -> urls.add(SITE + c.get("url").asString()));
        return urls;
    }

    @Test
    void aBlockAnAreaAndAProjectFeedListTheirPublicSolutionsAndEachEntryOpens() throws Exception {
        String block = json(get(port, "/api/blocks").body()).get(0).get("slug").asString();
        SyndFeed feed = feedOf("/bloki/" + block);
        assertThat(links(feed)).containsExactlyInAnyOrderElementsOf(solutionUrls(
                json(get(port, "/api/blocks/" + block).body()).get("solutions")));
        for (SyndEntry entry : feed.getEntries()) {
            assertThat(entry.getUpdatedDate()).isNotNull();
            assertThat(get(port, entry.getLink().substring(SITE.length())).statusCode()).isEqualTo(200);
        }
        String area = json(get(port, "/api/areas").body()).get(0).get("slug").asString();
        assertThat(feedOf("/obszary/" + area).getEntries()).hasSize(
                json(get(port, "/api/areas/" + area).body()).get("solutions").asInt());
        String project = json(get(port, "/api/projects").body()).get(0).get("slug").asString();
        assertThat(links(feedOf("/projekty/" + project))).containsExactlyInAnyOrderElementsOf(solutionUrls(
                json(get(port, "/api/projects/" + project).body()).get("solutions")));
        assertThat(get(port, "/bloki/nie-ma-takiego.atom").statusCode()).isEqualTo(404);
    }

    @Test
    void theWholeCatalogueFeedHoldsEveryPublicSolutionNewestChangeFirst() throws Exception {
        SyndFeed feed = feedOf("/");
        assertThat(links(feed)).containsExactlyInAnyOrderElementsOf(solutionUrls(
                json(get(port, "/api/solutions?size=100").body()).get("items")));
        for (int i = 1; i < feed.getEntries().size(); i++) {
            assertThat(feed.getEntries().get(i).getUpdatedDate())
                    .isBeforeOrEqualTo(feed.getEntries().get(i - 1).getUpdatedDate());
        }
        SyndFeed list = feedOf("/rozwiazania");
        assertThat(list.getLinks()).anyMatch(l -> "alternate".equals(l.getRel())
                && (SITE + "/rozwiazania").equals(l.getHref()));
        assertThat(list.getLinks()).anyMatch(l -> "self".equals(l.getRel())
                && (SITE + "/rozwiazania.atom").equals(l.getHref()));
    }

    @Test
    void aSearchFeedFollowsTheSearchWithItsFiltersNewestFirst() throws Exception {
        SyndFeed feed = feedOf("/szukaj?q=aktywizacja&user=PUP&sort=title&page=1");
        assertThat(feed.getTitle()).contains("aktywizacja");
        assertThat(links(feed)).containsExactlyElementsOf(solutionUrls(
                json(get(port, "/api/search?q=aktywizacja&user=PUP&sort=newest&size=50").body()).get("hits")))
                .isNotEmpty();
    }

    @Test
    void theNewsFeedHoldsTheNewsItemsAndPagesWithoutAListOfferNoFeed() throws Exception {
        SyndFeed feed = feedOf("/aktualnosci");
        List<String> expected = new ArrayList<>();
        json(get(port, "/api/news").body()).forEach(n -> expected.add(SITE + n.get("url").asString()));
        assertThat(links(feed)).containsExactlyElementsOf(expected).isNotEmpty();
        assertThat(feed.getEntries().get(0).getDescription().getValue()).isNotBlank().doesNotContain("**");
        String solution = json(get(port, "/api/solutions?size=1").body()).get("items").get(0).get("url").asString();
        assertThat(page(solution).select("head link[rel=alternate][type=application/atom+xml]")).isEmpty();
    }
}
