package pl.innowacje.katalog.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import pl.innowacje.katalog.catalog.FileKind;
import pl.innowacje.katalog.catalog.Inputs;
import pl.innowacje.katalog.catalog.Status;
import pl.innowacje.katalog.catalog.Vocabulary;

/** Maps area.md, block.md and solution.md to catalogue inputs, checking what a content author can get wrong. */
final class CatalogSources {

    /** A file a solution lists, still to be stored. */
    record ListedFile(String path, String title, FileKind kind) {
    }

    private CatalogSources() {
    }

    static Inputs.Area area(String slug, FrontMatter page, String hash) {
        Fields f = page.fields();
        return new Inputs.Area(slug, f.required("title"), f.text("title_en"), f.text("summary_en"),
                f.text("programme"), page.body(),
                f.integer("order", 0), hash);
    }

    static Inputs.Block block(String slug, String areaSlug, FrontMatter page, VocabularyCheck vocab, String hash) {
        Fields f = page.fields();
        Map<Vocabulary, List<String>> terms = new EnumMap<>(Vocabulary.class);
        terms.put(Vocabulary.PROBLEM, vocab.codes(f, "problems", Vocabulary.PROBLEM));
        terms.put(Vocabulary.USER, vocab.codes(f, "users", Vocabulary.USER));
        terms.put(Vocabulary.BENEFICIARY, vocab.codes(f, "beneficiaries", Vocabulary.BENEFICIARY));
        List<Inputs.Group> groups = new ArrayList<>();
        for (Fields g : f.objects("groups")) {
            groups.add(new Inputs.Group(g.required("code"), g.required("title"), g.text("goal")));
        }
        return new Inputs.Block(slug, areaSlug, f.required("title"), f.text("title_en"), f.text("summary_en"),
                page.body(),
                f.texts("problems_text"), f.texts("benefits"), f.text("details"), f.text("how_to_use"),
                contact(f.object("coordinator")), terms, f.texts("related_blocks"), groups, f.integer("order", 0),
                hash);
    }

    static Inputs.Solution solution(String slug, String blockSlug, FrontMatter page, VocabularyCheck vocab,
            List<Inputs.File> files, String hash) {
        Fields f = page.fields();
        String id = f.text("id");
        if (id != null && !id.equals(slug)) {
            throw f.invalid("id", "import.problem.id", slug, id);
        }
        Status status = status(f);
        Map<Vocabulary, List<String>> terms = new EnumMap<>(Vocabulary.class);
        terms.put(Vocabulary.PROBLEM, vocab.codes(f, "problems", Vocabulary.PROBLEM));
        terms.put(Vocabulary.USER, vocab.codes(f, "users", Vocabulary.USER));
        terms.put(Vocabulary.BENEFICIARY, vocab.codes(f, "beneficiaries", Vocabulary.BENEFICIARY));
        terms.put(Vocabulary.FORM, vocab.codes(f, "forms", Vocabulary.FORM));
        terms.put(Vocabulary.REGION, vocab.codes(f, "regions", Vocabulary.REGION));
        String programme = f.text("programme");
        if (programme != null) {
            vocab.require(f, "programme", Vocabulary.PROGRAMME, programme);
        }
        Fields period = f.object("period");
        Fields verification = f.object("verification");
        if (status == Status.PUBLISHED && !f.has("verification")) {
            throw f.invalid("verification", "import.problem.verification");
        }
        Inputs.Contact contact = contact(f.object("contact"));
        if (status == Status.IN_DEVELOPMENT && (contact == null || contact.email() == null && contact.name() == null)) {
            throw f.invalid("contact", "import.problem.contact");
        }
        List<Inputs.Result> results = new ArrayList<>();
        for (Fields r : f.objects("results")) {
            results.add(new Inputs.Result(r.required("label"), r.decimal("value"), r.text("unit")));
        }
        List<Inputs.Component> components = new ArrayList<>();
        for (Fields c : f.objects("components")) {
            components.add(new Inputs.Component(c.required("name"), c.text("usage")));
        }
        return new Inputs.Solution(slug, f.required("title"), f.text("title_en"), f.text("summary"),
                f.text("summary_en"), f.text("goal"),
                page.body(), status, programme, f.text("project"), blockSlug, f.texts("blocks"), f.text("group"),
                period.date("from"), period.date("to"), f.text("language") == null ? "pl" : f.text("language"),
                f.text("licence"), f.texts("keywords"), contact,
                f.has("verification") ? new Inputs.Verification(verification.text("result"),
                        verification.date("date"), verification.text("by")) : null,
                terms, f.texts("partners"), results, components, f.texts("related"), files, hash);
    }

    static List<ListedFile> listedFiles(FrontMatter page) {
        List<ListedFile> out = new ArrayList<>();
        for (Fields file : page.fields().objects("files")) {
            String kind = file.text("kind");
            FileKind fileKind;
            try {
                fileKind = kind == null ? FileKind.HANDBOOK : FileKind.valueOf(kind.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw file.invalid("kind", "import.problem.oneOf", List.of(FileKind.values()).toString(), kind);
            }
            String path = file.required("path");
            out.add(new ListedFile(path, file.text("title") == null ? path : file.text("title"), fileKind));
        }
        return out;
    }

    private static Status status(Fields f) {
        String s = f.required("status");
        try {
            return Status.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw f.invalid("status", "import.problem.oneOf", List.of(Status.values()).toString(), s);
        }
    }

    private static Inputs.Contact contact(Fields f) {
        if (f.text("name") == null && f.text("organisation") == null && f.text("email") == null) {
            return null;
        }
        return new Inputs.Contact(f.text("name"), f.text("organisation"), f.text("email"));
    }
}
