package pl.innowacje.katalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordFamilyTest {

    private static String key(String word) {
        return WordFamily.key(Synonyms.fold(word));
    }

    @Test
    void adjectivesAndTheirAbstractNounsShareAKey() {
        assertThat(key("niepełnosprawny")).isEqualTo(key("niepełnosprawność")).isEqualTo(key("niepełnosprawna"));
        assertThat(key("społeczny")).isEqualTo(key("społeczność"));
        assertThat(key("aktywny")).isEqualTo(key("aktywność"));
    }

    @Test
    void aFinalConsonantAlternationIsTheSameFamily() {
        assertThat(key("bezrobotny")).isEqualTo(key("bezrobocie"));
    }

    @Test
    void verbalNounsOfBothAspectsAndTheirVerbsShareAKey() {
        assertThat(key("przyłączanie")).isEqualTo(key("przyłączenie")).isEqualTo(key("przyłączać"))
                .isEqualTo(key("przyłączyć"));
        assertThat(key("aktywizowanie")).isEqualTo(key("aktywizacja")).isEqualTo(key("aktywizować"));
        assertThat(key("wynagradzać")).isEqualTo(key("wynagrodzenie")).isEqualTo(key("wynagrodzić"));
        assertThat(key("zatrudnienie")).isEqualTo(key("zatrudnić"));
        assertThat(key("integracja")).isEqualTo(key("integracyjny"));
    }

    @Test
    void wordsTypedWithoutDiacriticsInAnyCaseReachTheKeyOfTheirLemma() {
        assertThat(WordFamily.key("niepelnosprawnych")).isEqualTo(key("niepełnosprawność"));
        assertThat(WordFamily.key("mlodziezy")).isEqualTo(key("młodzież"));
        assertThat(WordFamily.key("aktywizacji")).isEqualTo(key("aktywizacja"));
    }

    @Test
    void unrelatedWordsKeepApart() {
        assertThat(key("urząd")).isNotEqualTo(key("urządzenie"));
        assertThat(key("praca")).isNotEqualTo(key("prawo"));
        assertThat(key("rodzina")).isNotEqualTo(key("rodzaj"));
    }

    @Test
    void shortWordsAndWordsWithDigitsHaveNoFamily() {
        assertThat(WordFamily.key("pup")).isNull();
        assertThat(WordFamily.key("50plus")).isNull();
    }
}
