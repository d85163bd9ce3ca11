package pl.innowacje.katalog.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/** Texts with a number take the plural form the language's rules give for it. */
class PluralMessagesTest {

    private static final Locale PL = Locale.forLanguageTag("pl");
    private final MessageSource messages = new IcuMessages().messageSource();

    private String results(long n, Locale locale) {
        return messages.getMessage("search.results", new Object[] {n}, locale);
    }

    @Test
    void polishHasOneFewAndManyForms() {
        assertThat(results(1, PL)).isEqualTo("1 rozwiązanie");
        assertThat(results(3, PL)).isEqualTo("3 rozwiązania");
        assertThat(results(5, PL)).isEqualTo("5 rozwiązań");
        assertThat(results(12, PL)).isEqualTo("12 rozwiązań");
        assertThat(results(22, PL)).isEqualTo("22 rozwiązania");
        assertThat(results(0, PL)).isEqualTo("0 rozwiązań");
    }

    @Test
    void englishHasOneAndOther() {
        assertThat(results(1, Locale.ENGLISH)).isEqualTo("1 solution");
        assertThat(results(2, Locale.ENGLISH)).isEqualTo("2 solutions");
    }

    @Test
    void textsWithoutNumbersReadAsBefore() {
        assertThat(messages.getMessage("search.results.for", new Object[] {"praca"}, PL)).isEqualTo("Wyniki dla „praca”");
        assertThat(messages.getMessage("editor.problems", new Object[] {2}, Locale.ENGLISH))
                .isEqualTo("Correct the form's fields (2):");
    }

    @Test
    void everyTextIsAValidPattern() throws Exception {
        for (String[] bundle : new String[][] {{"messages.properties", "pl"}, {"messages_en.properties", "en"}}) {
            Properties p = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/messages/" + bundle[0])) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            ULocale locale = new ULocale(bundle[1]);
            p.stringPropertyNames().forEach(key -> assertThatCode(() -> new MessageFormat(p.getProperty(key), locale))
                    .as(bundle[0] + " " + key).doesNotThrowAnyException());
        }
    }
}
