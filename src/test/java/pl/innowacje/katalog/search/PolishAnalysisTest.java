package pl.innowacje.katalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class PolishAnalysisTest {

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void lemmasComeFromTheDictionaryBeforeLowerCasingAndWithoutStopWords() throws IOException {
        assertThat(tokens(PolishAnalysis.index(PolishAnalysis.Kind.LEMMA), "Współpracy z lokalnymi sojusznikami w Krakowie"))
                .containsExactly("współpraca", "lokalny", "sojusznik", "krak", "kraków");
    }

    @Test
    void foldedFieldKeepsSurfaceFormsAndLemmasWithoutDiacritics() throws IOException {
        assertThat(tokens(PolishAnalysis.index(PolishAnalysis.Kind.FOLDED), "długotrwale bezrobotnych"))
                .containsExactly("dlugotrwale", "~dlugotr", "bezrobotnych", "bezrobotny", "~bezrobo", "bezrobotna");
        assertThat(tokens(PolishAnalysis.query(PolishAnalysis.Kind.FOLDED), "Długotrwale BEZROBOTNYCH"))
                .containsExactly("dlugotrwale", "bezrobotnych");
    }

    @Test
    void exactFieldKeepsWordsAsWritten() throws IOException {
        assertThat(tokens(PolishAnalysis.index(PolishAnalysis.Kind.EXACT), "Osoby długotrwale bezrobotne"))
                .containsExactly("osoby", "długotrwale", "bezrobotne");
    }
}
