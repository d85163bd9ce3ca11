package pl.innowacje.katalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiacriticsTest {

    @Test
    void aWordTypedWithoutDiacriticsGetsTheSpellingsTheDictionaryKnows() {
        assertThat(Diacritics.restore("mlodziezy")).containsExactly("młodzieży");
        assertThat(Diacritics.restore("niepelnosprawnych")).containsExactly("niepełnosprawnych");
        assertThat(Diacritics.restore("spoleczny")).contains("społeczny");
    }

    @Test
    void aWordTheDictionaryKnowsAsTypedOrNotAtAllIsLeftAlone() {
        assertThat(Diacritics.restore("aktywizacja")).isEmpty();
        assertThat(Diacritics.restore("neet")).isEmpty();
        assertThat(Diacritics.restore("Młodzież")).isEmpty();
        assertThat(Diacritics.restore("50plus")).isEmpty();
    }
}
