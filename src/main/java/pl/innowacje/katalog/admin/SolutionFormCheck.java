package pl.innowacje.katalog.admin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import pl.innowacje.katalog.catalog.EditorChoices;
import pl.innowacje.katalog.catalog.Inputs;
import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.catalog.Vocabulary;

/**
 * Checks the solution form and turns it into what the catalogue takes. Every problem is reported against its field
 * (by the field's id, with a message key), in the form's order, so the page can list them all at once and put each
 * beside its field; nothing is written while any remains.
 */
@Component
class SolutionFormCheck {

    /** The form as the catalogue takes it, or the problems that stop it. */
    record Checked(Inputs.Solution input, Map<String, String> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** A language tag that fits its column (8 characters): pl, en, pl-PL, szl. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z]{2,4})?");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,160}");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999.99");

    private final Vocabularies vocabularies;
    private final EditorChoices choices;

    SolutionFormCheck(Vocabularies vocabularies, EditorChoices choices) {
        this.vocabularies = vocabularies;
        this.choices = choices;
    }

    Checked check(SolutionForm f) {
        Map<String, String> problems = new LinkedHashMap<>();
        String title = text(f.title());
        if (title == null) {
            problems.put("title", "editor.error.title");
        }
        length(problems, "title", title, 400);
        length(problems, "titleEn", f.titleEn(), 400);
        length(problems, "summary", f.summary(), 4_000);
        length(problems, "summaryEn", f.summaryEn(), 4_000);
        length(problems, "goal", f.goal(), 4_000);
        length(problems, "description", f.description(), 500_000);

        List<EditorChoices.BlockOption> blocks = choices.blocks();
        EditorChoices.BlockOption primary = blocks.stream().filter(b -> b.slug().equals(f.primaryBlock())).findFirst()
                .orElse(null);
        if (primary == null) {
            problems.put("primaryBlock", "editor.error.block");
        }
        Set<String> blockSlugs = blocks.stream().map(EditorChoices.BlockOption::slug).collect(Collectors.toSet());
        if (!blockSlugs.containsAll(f.blocks())) {
            problems.put("blocks", "editor.error.block");
        }
        String group = text(f.group());
        if (group != null && (primary == null || primary.groups().stream().noneMatch(g -> g.value().equals(group)))) {
            problems.put("group", "editor.error.group");
        }
        String programme = text(f.programme());
        if (programme != null && !vocabularies.exists(Vocabulary.PROGRAMME, programme)) {
            problems.put("programme", "editor.error.choice");
        }
        String project = text(f.project());
        if (project != null && choices.projects().stream().noneMatch(p -> p.value().equals(project))) {
            problems.put("project", "editor.error.choice");
        }
        LocalDate from = date(problems, "periodFrom", f.periodFrom());
        LocalDate to = date(problems, "periodTo", f.periodTo());
        if (from != null && to != null && to.isBefore(from)) {
            problems.put("periodTo", "editor.error.period");
        }
        String language = text(f.language());
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            problems.put("language", "editor.error.language");
        }
        length(problems, "licence", f.licence(), 120);
        List<String> keywords = lines(f.keywords());
        if (keywords.stream().anyMatch(k -> k.length() > 100) || String.join("\n", keywords).length() > 5_000) {
            problems.put("keywords", "editor.error.keyword");
        }
        length(problems, "contactName", f.contactName(), 255);
        length(problems, "contactOrganisation", f.contactOrganisation(), 400);
        String email = text(f.contactEmail());
        if (email != null && !isEmail(email)) {
            problems.put("contactEmail", "editor.error.email");
        }
        Map<Vocabulary, List<String>> terms = new EnumMap<>(Vocabulary.class);
        for (Vocabulary v : List.of(Vocabulary.PROBLEM, Vocabulary.USER, Vocabulary.BENEFICIARY, Vocabulary.FORM,
                Vocabulary.REGION)) {
            List<String> codes = f.terms(v).stream().distinct().toList();
            if (codes.stream().anyMatch(c -> !vocabularies.exists(v, c))) {
                problems.put(SolutionEditorPage.termField(v), "editor.error.choice");
            }
            if (!codes.isEmpty()) {
                terms.put(v, codes);
            }
        }
        Set<String> organisations = choices.organisations().stream().map(EditorChoices.Option::value)
                .collect(Collectors.toSet());
        if (!organisations.containsAll(f.partners())) {
            problems.put("partners", "editor.error.choice");
        }
        List<Inputs.Result> results = results(problems, f.results());
        List<Inputs.Component> components = components(problems, f.components());
        List<String> related = lines(f.related());
        if (related.stream().anyMatch(r -> !SLUG.matcher(r).matches())
                || !choices.unknownSolutions(related).isEmpty()) {
            problems.put("related", "editor.error.related");
        }
        length(problems, "note", f.note(), 1_000);
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        Inputs.Solution input = new Inputs.Solution(title, title, text(f.titleEn()), text(f.summary()),
                text(f.summaryEn()), text(f.goal()), text(f.description()), null, programme, project, f.primaryBlock(),
                f.blocks().stream().filter(b -> !b.equals(f.primaryBlock())).distinct().toList(), group, from, to,
                language, text(f.licence()), keywords,
                new Inputs.Contact(text(f.contactName()), text(f.contactOrganisation()), email), null, terms,
                f.partners().stream().distinct().toList(), results, components, related, List.of(), null);
        return new Checked(input, problems);
    }

    private static List<Inputs.Result> results(Map<String, String> problems, List<SolutionForm.ResultRow> rows) {
        List<Inputs.Result> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SolutionForm.ResultRow r = rows.get(i);
            String label = text(r.label());
            String amount = text(r.amount());
            String unit = text(r.unit());
            if (label == null && amount == null && unit == null) {
                continue;
            }
            BigDecimal value = null;
            try {
                value = amount == null ? null : new BigDecimal(amount.replace(',', '.').replace(" ", ""));
            } catch (NumberFormatException e) {
                // reported below
            }
            if (label == null || label.length() > 400 || value == null || value.abs().compareTo(MAX_AMOUNT) > 0
                    || value.scale() > 2 || (unit != null && unit.length() > 60)) {
                problems.put("results" + i, "editor.error.result");
                continue;
            }
            out.add(new Inputs.Result(label, value, unit));
        }
        return out;
    }

    private static List<Inputs.Component> components(Map<String, String> problems,
            List<SolutionForm.ComponentRow> rows) {
        List<Inputs.Component> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SolutionForm.ComponentRow c = rows.get(i);
            String name = text(c.name());
            String usage = text(c.usage());
            if (name == null && usage == null) {
                continue;
            }
            if (name == null || name.length() > 400 || (usage != null && usage.length() > 4_000)) {
                problems.put("components" + i, "editor.error.component");
                continue;
            }
            out.add(new Inputs.Component(name, usage));
        }
        return out;
    }

    private static LocalDate date(Map<String, String> problems, String field, String value) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.put(field, "editor.error.date");
            return null;
        }
    }

    private static void length(Map<String, String> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max && !problems.containsKey(field)) {
            problems.put(field, "editor.error.length");
        }
    }

    /** An e-mail address that looks like one and fits its column. */
    static boolean isEmail(String value) {
        return value.length() <= 255 && EMAIL.matcher(value).matches();
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static List<String> lines(String value) {
        return value == null ? List.of()
                : value.lines().map(String::strip).filter(l -> !l.isEmpty()).distinct().toList();
    }
}
