package pl.innowacje.katalog.importing;

import java.util.List;

import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.catalog.Vocabulary;

/** Rejects a record that names a vocabulary code the catalogue does not have. */
record VocabularyCheck(Vocabularies vocabularies) {

    List<String> codes(Fields f, String field, Vocabulary vocabulary) {
        List<String> codes = f.texts(field);
        for (String code : codes) {
            require(f, field, vocabulary, code);
        }
        return codes;
    }

    void require(Fields f, String field, Vocabulary vocabulary, String code) {
        if (!vocabularies.exists(vocabulary, code)) {
            throw f.invalid(field, "import.problem.code", vocabulary.name().toLowerCase(java.util.Locale.ROOT), code);
        }
    }
}
