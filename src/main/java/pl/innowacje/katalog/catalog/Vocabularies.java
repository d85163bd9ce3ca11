package pl.innowacje.katalog.catalog;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The controlled vocabularies, held in memory: they are small, read on every page and search, and change only through
 * {@link ReferenceWriter}, which reloads them.
 */
@Component
public class Vocabularies {

    public record Term(Vocabulary vocabulary, String code, String labelPl, String labelEn, String parentCode,
            String level) {

        public String label(Locale locale) {
            return "en".equals(locale.getLanguage()) && labelEn != null && !labelEn.isBlank() ? labelEn : labelPl;
        }
    }

    private final JdbcClient jdbc;
    private volatile Map<Vocabulary, Map<String, Term>> terms = Map.of();

    Vocabularies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public synchronized void reload() {
        Map<Vocabulary, Map<String, Term>> loaded = new EnumMap<>(Vocabulary.class);
        for (Vocabulary v : Vocabulary.values()) {
            loaded.put(v, new LinkedHashMap<>());
        }
        jdbc.sql("""
                SELECT vocabulary, code, label_pl, label_en, parent_code, level_name FROM vocabulary_term
                ORDER BY vocabulary, sort_order, code""")
                .query((rs, n) -> new Term(Vocabulary.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list()
                .forEach(t -> loaded.get(t.vocabulary()).put(t.code(), t));
        loaded.replaceAll((v, m) -> Collections.unmodifiableMap(m));
        terms = Collections.unmodifiableMap(loaded);
    }

    private Map<String, Term> of(Vocabulary vocabulary) {
        if (terms.isEmpty()) {
            reload();
        }
        return terms.getOrDefault(vocabulary, Map.of());
    }

    /** Every term of a vocabulary, in its order. */
    public java.util.List<Term> terms(Vocabulary vocabulary) {
        return java.util.List.copyOf(of(vocabulary).values());
    }

    public boolean exists(Vocabulary vocabulary, String code) {
        return of(vocabulary).containsKey(code);
    }

    /** The label in the reader's language; an unknown code shows as itself rather than as nothing. */
    public String label(Vocabulary vocabulary, String code, Locale locale) {
        Term t = of(vocabulary).get(code);
        return t == null ? code : t.label(locale);
    }

    /** Labels of several codes in the reader's language, joined by commas, in the order given. */
    public String labels(Vocabulary vocabulary, List<String> codes, Locale locale) {
        return String.join(", ", codes.stream().map(code -> label(vocabulary, code, locale)).toList());
    }
}
