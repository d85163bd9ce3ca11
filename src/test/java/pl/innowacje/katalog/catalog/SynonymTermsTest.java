package pl.innowacje.katalog.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import pl.innowacje.katalog.system.Refusal;

class SynonymTermsTest {

    private static String refusal(Runnable r) {
        try {
            r.run();
        } catch (Refusal e) {
            return e.key();
        }
        return "accepted";
    }

    @Test
    void termsAreTheSameWhateverTheirCaseDiacriticsAndSpacing() {
        assertThat(SynonymTerms.key("  Miejski  Ośrodek\u00a0Pomocy SPOŁECZNEJ ")).isEqualTo(
                SynonymTerms.key("miejski osrodek pomocy spolecznej")).isEqualTo("miejski osrodek pomocy spolecznej");
        assertThat(SynonymTerms.key("ŚDS")).isEqualTo("sds");
        // Decomposed input (as some keyboards and PDFs give it) is stored composed.
        assertThat(SynonymTerms.clean("o\u0301srodek")).isEqualTo("ósrodek");
    }

    @Test
    void aGroupKeepsItsTermsTidiedAndInOrder() {
        assertThat(SynonymTerms.terms(List.of(" PUP ", "powiatowy   urząd pracy", "osoby 50+", "miejsko-gminny")))
                .containsExactly("PUP", "powiatowy urząd pracy", "osoby 50+", "miejsko-gminny");
    }

    @Test
    void aGroupThatBreaksARuleIsRefusedWithTheRuleItBreaks() {
        assertThat(refusal(() -> SynonymTerms.terms(List.of("PUP")))).isEqualTo("thesaurus.error.tooFew");
        assertThat(refusal(() -> SynonymTerms.terms(List.of("PUP", " ")))).isEqualTo("thesaurus.error.blank");
        assertThat(refusal(() -> SynonymTerms.terms(List.of("PUP", "a, b")))).isEqualTo("thesaurus.error.characters");
        assertThat(refusal(() -> SynonymTerms.terms(List.of("PUP", "--")))).isEqualTo("thesaurus.error.characters");
        assertThat(refusal(() -> SynonymTerms.terms(List.of("PUP", "pup")))).isEqualTo("thesaurus.error.repeated");
        assertThat(refusal(() -> SynonymTerms.terms(List.of("PUP", "a".repeat(151)))))
                .isEqualTo("thesaurus.error.length");
        assertThat(refusal(() -> SynonymTerms.terms(List.of("PUP", "a".repeat(150))))).isEqualTo("accepted");
        assertThat(refusal(() -> SynonymTerms.terms(java.util.stream.IntStream.range(0, 31)
                .mapToObj(i -> "termin " + i).toList()))).isEqualTo("thesaurus.error.tooMany");
    }

    @Test
    void codesAreCapitalLettersDigitsAndUnderscores() {
        assertThat(SynonymTerms.code(" PO_KL ")).isEqualTo("PO_KL");
        assertThat(SynonymTerms.code("OSOBY_50_PLUS")).isEqualTo("OSOBY_50_PLUS");
        for (String bad : new String[] {"", "pup", "PO KL", "_PUP", "MOPS-1", "A".repeat(65)}) {
            assertThatThrownBy(() -> SynonymTerms.code(bad)).as(bad).isInstanceOf(Refusal.class)
                    .hasMessage("thesaurus.error.code");
        }
    }
}
