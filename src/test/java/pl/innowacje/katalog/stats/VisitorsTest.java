package pl.innowacje.katalog.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Principal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class VisitorsTest {

    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

    private final Visitors visitors = new Visitors(Visitors.ROBOTS);

    private static MockHttpServletRequest request(String method, String agent) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/rozwiazania/x");
        if (agent != null) {
            request.addHeader("User-Agent", agent);
        }
        return request;
    }

    @ParameterizedTest
    @ValueSource(strings = {FIREFOX,
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
            + "Safari/537.36 Edg/131.0.0.0",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            + "Version/18.1 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
            + "Mobile Safari/537.36"})
    void aReadersBrowserIsCounted(String agent) {
        assertThat(visitors.counts(request("GET", agent))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
        "Mozilla/5.0 (compatible; YandexBot/3.0)", "facebookexternalhit/1.1", "curl/8.11.0", "Wget/1.24.5",
        "python-requests/2.32.3", "Java-http-client/17.0.13", "Go-http-client/2.0",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 "
            + "Safari/537.36", " "})
    void knownRobotsAndScriptsAreNotCounted(String agent) {
        assertThat(visitors.counts(request("GET", agent))).isFalse();
    }

    @Test
    void aRequestWithoutUserAgentIsNotCounted() {
        assertThat(visitors.counts(request("GET", null))).isFalse();
    }

    @Test
    void headRequestsAreNotCounted() {
        assertThat(visitors.counts(request("HEAD", FIREFOX))).isFalse();
    }

    @Test
    void aLoggedInStaffMembersVisitIsNotCounted() {
        MockHttpServletRequest request = request("GET", FIREFOX);
        request.setUserPrincipal((Principal) () -> "redaktor");
        assertThat(visitors.counts(request)).isFalse();
    }

    @Test
    void aBrowsersPrefetchIsNotCounted() {
        MockHttpServletRequest chrome = request("GET", FIREFOX);
        chrome.addHeader("Sec-Purpose", "prefetch;prerender");
        MockHttpServletRequest firefox = request("GET", FIREFOX);
        firefox.addHeader("Purpose", "prefetch");
        assertThat(visitors.counts(chrome)).isFalse();
        assertThat(visitors.counts(firefox)).isFalse();
    }
}
