package pl.innowacje.katalog.stats;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/** Which requests are a reader's: the rest (robots, staff, HEAD, prefetches) read pages without being counted. */
final class Visitors {

    /**
     * Known robots and HTTP libraries by a word of their user agent: search engines and link checkers name
     * themselves (bot, crawler, spider…), scripts send their library's name. Browsers send none of these words.
     */
    static final String ROBOTS = "bot|crawl|spider|slurp|archiver|scrap|fetch|preview|monitor|checker|validator"
            + "|externalhit|headless|lighthouse|pingdom|uptime|feed|python|curl|wget|java|okhttp|go-http|httpclient|libwww"
            + "|axios|node|ruby|perl|php|apache-http";

    private final Pattern robots;

    Visitors(String robots) {
        this.robots = Pattern.compile(robots, Pattern.CASE_INSENSITIVE);
    }

    boolean counts(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getUserPrincipal() != null) {
            return false;
        }
        if (prefetch(request.getHeader("Sec-Purpose")) || prefetch(request.getHeader("Purpose"))) {
            return false;
        }
        String agent = request.getHeader("User-Agent");
        return agent != null && !agent.isBlank() && !robots.matcher(agent).find();
    }

    private static boolean prefetch(String purpose) {
        return purpose != null && (purpose.contains("prefetch") || purpose.contains("prerender"));
    }
}
