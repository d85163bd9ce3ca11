package pl.innowacje.katalog.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many requests of each kind one client (one address, as the proxy in front reports it) may send one node per
 * minute ({@code portal.limits.search-per-minute} and so on), refilled smoothly, so a burst up to the figure passes
 * at once. The defaults are far above what a person does (a search every two seconds for a whole minute, a
 * suggestion per keystroke of fast typing) and far below what a script flooding the portal sends.
 */
@ConfigurationProperties("portal.limits")
record LimitSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("120") int searchPerMinute,
        @DefaultValue("600") int suggestPerMinute,
        @DefaultValue("20") int exportPerMinute,
        @DefaultValue("10") int loginPerMinute,
        @DefaultValue("60") int uploadPerMinute) {

    int perMinute(Limited kind) {
        return switch (kind) {
            case SEARCH -> searchPerMinute;
            case SUGGEST -> suggestPerMinute;
            case EXPORT -> exportPerMinute;
            case LOGIN -> loginPerMinute;
            case UPLOAD -> uploadPerMinute;
        };
    }
}
