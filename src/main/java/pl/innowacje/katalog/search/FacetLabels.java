package pl.innowacje.katalog.search;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import pl.innowacje.katalog.catalog.CatalogQueries;
import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.catalog.Vocabulary;

/** A facet value's label in the reader's language: vocabulary labels, area and block titles, status names. */
@Component
public class FacetLabels {

    private static final Map<String, Vocabulary> VOCABULARY = Map.of("problem", Vocabulary.PROBLEM,
            "user", Vocabulary.USER, "beneficiary", Vocabulary.BENEFICIARY, "form", Vocabulary.FORM,
            "region", Vocabulary.REGION, "programme", Vocabulary.PROGRAMME);

    private final Vocabularies vocabularies;
    private final CatalogQueries catalog;
    private final MessageSource messages;
    private volatile Map<String, String[]> titles;

    FacetLabels(Vocabularies vocabularies, CatalogQueries catalog, MessageSource messages) {
        this.vocabularies = vocabularies;
        this.catalog = catalog;
        this.messages = messages;
    }

    public String label(String facet, String value, Locale locale) {
        Vocabulary vocabulary = VOCABULARY.get(facet);
        if (vocabulary != null) {
            return vocabularies.label(vocabulary, value, locale);
        }
        return switch (facet) {
            case "area", "block" -> {
                String[] t = titles().get(value);
                yield t == null ? value : ("en".equals(locale.getLanguage()) && t[1] != null ? t[1] : t[0]);
            }
            case "status" -> messages.getMessage("status." + value, null, value, locale);
            case "filetype" -> value.toUpperCase(Locale.ROOT);
            default -> value;
        };
    }

    private Map<String, String[]> titles() {
        Map<String, String[]> current = titles;
        if (current == null) {
            current = Map.copyOf(catalog.structureTitles());
            titles = current;
        }
        return current;
    }

    @EventListener
    void onChange(IndexFollower.Applied event) {
        titles = null;
    }
}
