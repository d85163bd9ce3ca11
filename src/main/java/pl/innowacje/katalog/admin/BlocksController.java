package pl.innowacje.katalog.admin;

import java.security.Principal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pl.innowacje.katalog.catalog.BlockRecords;
import pl.innowacje.katalog.catalog.ChangeLog;
import pl.innowacje.katalog.catalog.EditorChoices;
import pl.innowacje.katalog.catalog.Inputs;
import pl.innowacje.katalog.catalog.Revisions;
import pl.innowacje.katalog.catalog.StructureWriter;
import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.catalog.Vocabulary;
import pl.innowacje.katalog.publishing.Actor;
import pl.innowacje.katalog.publishing.SolutionHistory;
import pl.innowacje.katalog.system.NotFound;
import pl.innowacje.katalog.system.Refusal;

/** Thematic blocks in the staff area: the list, and the card editor for the block's coordinators and administrators. */
@Controller
class BlocksController {

    private static final List<Vocabulary> CARD_TERMS = List.of(Vocabulary.PROBLEM, Vocabulary.USER,
            Vocabulary.BENEFICIARY);

    private final EditorChoices choices;
    private final BlockRecords records;
    private final StructureWriter writer;
    private final Revisions revisions;
    private final SolutionHistory history;
    private final Vocabularies vocabularies;
    private final StaffActors actors;

    BlocksController(EditorChoices choices, BlockRecords records, StructureWriter writer, Revisions revisions,
            SolutionHistory history, Vocabularies vocabularies, StaffActors actors) {
        this.choices = choices;
        this.records = records;
        this.writer = writer;
        this.revisions = revisions;
        this.history = history;
        this.vocabularies = vocabularies;
        this.actors = actors;
    }

    @GetMapping("/admin/bloki")
    String list(Principal principal, Model model) {
        Actor actor = actors.of(principal);
        List<EditorChoices.BlockOption> blocks = choices.blocks();
        model.addAttribute("blocks", blocks);
        model.addAttribute("editable", blocks.stream().filter(b -> actor.coordinatesAnyOf(List.of(b.id())))
                .map(EditorChoices.BlockOption::slug).collect(Collectors.toSet()));
        return "admin/blocks";
    }

    @GetMapping("/admin/bloki/{slug}/edycja")
    String form(@PathVariable String slug, Principal principal, Locale locale, Model model) {
        long id = editable(slug, principal);
        Inputs.Block block = records.load(id).orElseThrow(NotFound::new);
        return show(model, id, block, BlockForm.of(block, revisions.latest(ChangeLog.Entity.BLOCK, id)), Map.of(),
                locale);
    }

    @PostMapping("/admin/bloki/{slug}/edycja")
    String save(@PathVariable String slug, @ModelAttribute("form") BlockForm form, Principal principal, Locale locale,
            Model model, RedirectAttributes redirect) {
        long id = editable(slug, principal);
        Inputs.Block current = records.load(id).orElseThrow(NotFound::new);
        Map<String, String> problems = check(form, current);
        if (!problems.isEmpty()) {
            return show(model, id, current, form, problems, locale);
        }
        try {
            writer.editBlock(id, principal.getName(), SolutionFormCheck.text(form.note()),
                    form.revision() == null ? 0 : form.revision(), b -> toInput(form, b));
        } catch (Refusal e) {
            model.addAttribute("refusal", e.key());
            model.addAttribute("refusalArgs", e.args());
            BlockForm again = "editor.error.conflict".equals(e.key())
                    ? form.startedFrom(revisions.latest(ChangeLog.Entity.BLOCK, id)) : form;
            return show(model, id, current, again, Map.of(), locale);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/bloki/" + slug + "/edycja";
    }

    /** The block's id, when the logged-in member of staff may edit its card; 403 otherwise. */
    private long editable(String slug, Principal principal) {
        long id = records.id(slug).orElseThrow(NotFound::new);
        if (!actors.of(principal).coordinatesAnyOf(List.of(id))) {
            throw new org.springframework.security.access.AccessDeniedException("not a coordinator of " + slug);
        }
        return id;
    }

    private Map<String, String> check(BlockForm f, Inputs.Block current) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (SolutionFormCheck.text(f.title()) == null) {
            problems.put("title", "editor.error.title");
        }
        for (String[] field : new String[][] {{"title", f.title(), "400"}, {"titleEn", f.titleEn(), "400"},
                {"summaryEn", f.summaryEn(), "4000"},
                {"introduction", f.introduction(), "100000"}, {"problemsText", f.problemsText(), "20000"},
                {"benefits", f.benefits(), "20000"}, {"details", f.details(), "100000"},
                {"howToUse", f.howToUse(), "100000"}, {"contactName", f.contactName(), "255"},
                {"contactOrganisation", f.contactOrganisation(), "400"}, {"note", f.note(), "1000"}}) {
            if (field[1] != null && field[1].strip().length() > Integer.parseInt(field[2])) {
                problems.putIfAbsent(field[0], "editor.error.length");
            }
        }
        String email = SolutionFormCheck.text(f.contactEmail());
        if (email != null && !SolutionFormCheck.isEmail(email)) {
            problems.put("contactEmail", "editor.error.email");
        }
        for (Vocabulary v : CARD_TERMS) {
            if (f.terms(v).stream().anyMatch(code -> !vocabularies.exists(v, code))) {
                problems.put(SolutionEditorPage.termField(v), "editor.error.choice");
            }
        }
        Set<String> slugs = choices.blocks().stream().map(EditorChoices.BlockOption::slug).collect(Collectors.toSet());
        if (!slugs.containsAll(f.relatedBlocks()) || f.relatedBlocks().contains(current.slug())) {
            problems.put("relatedBlocks", "editor.error.block");
        }
        for (int i = 0; i < f.groups().size(); i++) {
            BlockForm.GroupRow g = f.groups().get(i);
            boolean blank = SolutionFormCheck.text(g.title()) == null && SolutionFormCheck.text(g.goal()) == null;
            if (!blank && (SolutionFormCheck.text(g.title()) == null || g.title().length() > 400
                    || (g.goal() != null && g.goal().length() > 4000))) {
                problems.put("groups" + i, "blocks.error.group");
            }
        }
        return problems;
    }

    private Inputs.Block toInput(BlockForm f, Inputs.Block current) {
        Map<Vocabulary, List<String>> terms = new EnumMap<>(Vocabulary.class);
        for (Vocabulary v : CARD_TERMS) {
            if (!f.terms(v).isEmpty()) {
                terms.put(v, f.terms(v).stream().distinct().toList());
            }
        }
        List<Inputs.Group> groups = new ArrayList<>();
        for (BlockForm.GroupRow g : f.groups()) {
            String title = SolutionFormCheck.text(g.title());
            if (title == null) {
                continue;
            }
            // An existing group keeps its code; a new one gets one from the writer.
            String code = current.groups().stream().map(Inputs.Group::code).anyMatch(c -> c.equals(g.code()))
                    ? g.code() : null;
            groups.add(new Inputs.Group(code, title, SolutionFormCheck.text(g.goal())));
        }
        return new Inputs.Block(current.slug(), current.areaSlug(), SolutionFormCheck.text(f.title()),
                SolutionFormCheck.text(f.titleEn()), SolutionFormCheck.text(f.summaryEn()),
                SolutionFormCheck.text(f.introduction()),
                SolutionFormCheck.lines(f.problemsText()), SolutionFormCheck.lines(f.benefits()),
                SolutionFormCheck.text(f.details()), SolutionFormCheck.text(f.howToUse()),
                new Inputs.Contact(SolutionFormCheck.text(f.contactName()),
                        SolutionFormCheck.text(f.contactOrganisation()), SolutionFormCheck.text(f.contactEmail())),
                terms, f.relatedBlocks().stream().distinct().toList(), groups, current.order(), current.sourceHash());
    }

    private String show(Model model, long id, Inputs.Block block, BlockForm form, Map<String, String> problems,
            Locale locale) {
        model.addAttribute("block", block);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("blockOptions", choices.blocks().stream().filter(b -> b.id() != id)
                .map(b -> new EditorChoices.Option(b.slug(), b.title() + " (" + b.areaTitle() + ")")).toList());
        model.addAttribute("termGroups", CARD_TERMS.stream().map(v -> new SolutionEditorPage.TermGroup(
                SolutionEditorPage.termField(v), v, vocabularies.terms(v).stream()
                        .map(t -> new EditorChoices.Option(t.code(), t.label(locale))).toList())).toList());
        model.addAttribute("history", history.ofBlock(id, locale));
        return "admin/block-form";
    }
}
