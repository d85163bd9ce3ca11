package pl.innowacje.katalog.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import pl.innowacje.katalog.catalog.Inputs;
import pl.innowacje.katalog.catalog.ThesaurusWriter;
import pl.innowacje.katalog.catalog.Vocabulary;

/** Maps the YAML of vocabularies, organisations, projects and news to catalogue inputs. */
final class ReferenceSources {

    static final Map<String, Vocabulary> VOCABULARY_FILES = java.util.Arrays.stream(Vocabulary.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Vocabulary::fileName, v -> v));

    private ReferenceSources() {
    }

    static List<Inputs.Term> terms(Vocabulary vocabulary, List<Fields> entries) {
        List<Inputs.Term> out = new ArrayList<>();
        int order = 0;
        for (Fields f : entries) {
            String pl = f.required("pl");
            out.add(new Inputs.Term(vocabulary, f.required("code"), pl, f.text("en") == null ? pl : f.text("en"),
                    f.text("parent"), f.text("level"), order++));
        }
        return out;
    }

    /** A group of thesaurus.yml; the catalogue checks its code and terms. */
    static ThesaurusWriter.Entry synonymGroup(Fields f) {
        return new ThesaurusWriter.Entry(f.text("code"), f.texts("terms"));
    }

    static Inputs.Organisation organisation(Fields f, String hash) {
        return new Inputs.Organisation(f.required("slug"), f.required("name"), f.text("type"), f.text("region"),
                f.text("website"), f.texts("competences"), f.text("contact"), hash);
    }

    static Inputs.Project project(Fields f, String hash) {
        return new Inputs.Project(f.required("slug"), f.required("title"), f.text("programme"),
                f.text("implementer"), f.texts("partners"), f.date("from"), f.date("to"), f.text("website"), hash);
    }

    static Inputs.News news(String slug, FrontMatter page, String hash) {
        Fields f = page.fields();
        if (f.date("date") == null) {
            throw f.invalid("date", "import.problem.required");
        }
        return new Inputs.News(slug, f.required("title"), f.date("date"), page.body(), f.text("block"),
                f.text("project"), hash);
    }
}
