package pl.innowacje.katalog.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which feed each kind of public page names in its head. */
class FeedLinksTest {

    @Test
    void listingPagesNameTheirOwnFeedAndOtherPagesNone() {
        assertThat(FeedLinks.of("/", null)).isEqualTo("/rozwiazania.atom");
        assertThat(FeedLinks.of("/rozwiazania", null)).isEqualTo("/rozwiazania.atom");
        assertThat(FeedLinks.of("/rozwiazania", "page=2&sort=title")).isEqualTo("/rozwiazania.atom");
        assertThat(FeedLinks.of("/bloki/aktywne-ngo", null)).isEqualTo("/bloki/aktywne-ngo.atom");
        assertThat(FeedLinks.of("/obszary/dobre-rzadzenie", "lang=en")).isEqualTo("/obszary/dobre-rzadzenie.atom");
        assertThat(FeedLinks.of("/projekty/express", null)).isEqualTo("/projekty/express.atom");
        assertThat(FeedLinks.of("/aktualnosci", null)).isEqualTo("/aktualnosci.atom");
        assertThat(FeedLinks.of("/rozwiazania/express-do-zatrudnienia", null)).isNull();
        assertThat(FeedLinks.of("/bloki", null)).isNull();
        assertThat(FeedLinks.of("/deklaracja-dostepnosci", null)).isNull();
    }

    @Test
    void aSearchsFeedKeepsItsWordsAndFiltersButNotItsPageOrOrder() {
        assertThat(FeedLinks.of("/szukaj", "page=3&q=pup&sort=title&user=PUP&size=20&all=region"))
                .isEqualTo("/szukaj.atom?q=pup&user=PUP");
        assertThat(FeedLinks.of("/rozwiazania", "user=OPS&page=2")).isEqualTo("/szukaj.atom?user=OPS");
        assertThat(FeedLinks.of("/szukaj", null)).isEqualTo("/szukaj.atom");
        assertThat(FeedLinks.of("/szukaj", "q=" + "a".repeat(FeedLinks.MAX_QUERY))).isNull();
    }
}
