package pl.innowacje.katalog.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import pl.innowacje.katalog.catalog.EditorChoices;
import pl.innowacje.katalog.catalog.FileKind;
import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.catalog.Vocabulary;
import pl.innowacje.katalog.system.Markdown;
import pl.innowacje.katalog.system.PortalProperties;

/** Fills the model of the solution editor's page: the form, its problems, a preview, and every choice offered. */
@Component
class SolutionEditorPage {

    /** A vocabulary's checkbox group: its field name and terms. Public for compiled template expressions. */
    public record TermGroup(String field, Vocabulary vocabulary, List<EditorChoices.Option> options) {
    }

    private final EditorChoices choices;
    private final Vocabularies vocabularies;
    private final Markdown markdown;
    private final PortalProperties properties;

    SolutionEditorPage(EditorChoices choices, Vocabularies vocabularies, Markdown markdown,
            PortalProperties properties) {
        this.choices = choices;
        this.vocabularies = vocabularies;
        this.markdown = markdown;
        this.properties = properties;
    }

    static String termField(Vocabulary v) {
        return switch (v) {
            case PROBLEM -> "problems";
            case USER -> "users";
            case BENEFICIARY -> "beneficiaries";
            case FORM -> "forms";
            case REGION -> "regions";
            case PROGRAMME -> "programme";
        };
    }

    /** {@code id} is null for a new solution; {@code preview} asks for the description rendered as the public sees it. */
    String show(Model model, Long id, String title, SolutionForm form, Map<String, String> problems, boolean preview,
            Locale locale) {
        model.addAttribute("solutionId", id);
        model.addAttribute("solutionTitle", title);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("preview", preview ? markdown.toHtml(form.description()) : null);
        List<EditorChoices.BlockOption> blocks = choices.blocks();
        model.addAttribute("blocks", blocks);
        model.addAttribute("blockAreas", blocks.stream().map(EditorChoices.BlockOption::areaTitle).distinct().toList());
        model.addAttribute("blockOptions", blocks.stream()
                .map(b -> new EditorChoices.Option(b.slug(), b.title() + " (" + b.areaTitle() + ")")).toList());
        model.addAttribute("projects", choices.projects());
        model.addAttribute("organisations", choices.organisations());
        model.addAttribute("programmes", vocabularies.terms(Vocabulary.PROGRAMME));
        Map<String, TermGroup> groups = new LinkedHashMap<>();
        for (Vocabulary v : List.of(Vocabulary.PROBLEM, Vocabulary.USER, Vocabulary.BENEFICIARY, Vocabulary.FORM,
                Vocabulary.REGION)) {
            groups.put(termField(v), new TermGroup(termField(v), v, vocabularies.terms(v).stream()
                    .map(t -> new EditorChoices.Option(t.code(), t.label(locale))).toList()));
        }
        model.addAttribute("termGroups", groups.values());
        return "admin/solution-form";
    }

    /** What the upload forms need: the kinds of file, the size limit and the accepted types. */
    void uploads(Model model) {
        model.addAttribute("kinds", FileKind.values());
        model.addAttribute("maxUploadBytes", properties.upload().maxSize().toBytes());
        model.addAttribute("maxUploadMegabytes", properties.upload().maxSize().toMegabytes());
    }
}
