package pl.innowacje.katalog.catalog;

import java.util.List;

/**
 * One group of equivalent expressions: an abbreviation and what it stands for, or synonyms. Terms as people write
 * them (with diacritics; one word or several), the first one the preferred form.
 */
public record SynonymGroup(long id, String code, List<String> terms) {

    public SynonymGroup {
        terms = List.copyOf(terms);
    }
}
