package pl.innowacje.katalog.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void polishLettersAreFoldedAndEverythingElseBecomesSingleHyphens() {
        assertThat(Slugs.of("Łódzki model współpracy — ŻŁOBKI i przedszkola!"))
                .isEqualTo("lodzki-model-wspolpracy-zlobki-i-przedszkola");
    }

    @Test
    void aTitleWithoutLettersStillGetsASlugAndALongOneIsCutAtAWord() {
        assertThat(Slugs.of("—")).isEqualTo("rozwiazanie");
        String slug = Slugs.of("słowo ".repeat(40));
        assertThat(slug.length()).isLessThanOrEqualTo(120);
        assertThat(slug).endsWith("slowo").doesNotEndWith("-");
    }
}
