package pl.innowacje.katalog.admin;

import java.security.Principal;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pl.innowacje.katalog.catalog.EditorChoices;
import pl.innowacje.katalog.catalog.SolutionRecords;
import pl.innowacje.katalog.catalog.Status;
import pl.innowacje.katalog.publishing.Action;
import pl.innowacje.katalog.publishing.Actor;
import pl.innowacje.katalog.publishing.EditRights;
import pl.innowacje.katalog.publishing.SolutionHistory;
import pl.innowacje.katalog.publishing.StaffSolutions;
import pl.innowacje.katalog.publishing.Workflow;
import pl.innowacje.katalog.system.NotFound;
import pl.innowacje.katalog.system.Refusal;

/**
 * Solutions in the staff area: the list (by status, block, owner and title words), one solution's page (its steps,
 * files with what was read from them, and history with differences), and the workflow's steps.
 */
@Controller
class SolutionsController {

    private final StaffSolutions solutions;
    private final SolutionRecords records;
    private final SolutionHistory history;
    private final Workflow workflow;
    private final StaffActors actors;
    private final EditorChoices choices;
    private final SolutionEditorPage editorPage;

    SolutionsController(StaffSolutions solutions, SolutionRecords records, SolutionHistory history, Workflow workflow,
            StaffActors actors, EditorChoices choices, SolutionEditorPage editorPage) {
        this.solutions = solutions;
        this.records = records;
        this.history = history;
        this.workflow = workflow;
        this.actors = actors;
        this.choices = choices;
        this.editorPage = editorPage;
    }

    @GetMapping("/admin/rozwiazania")
    String list(@RequestParam(required = false) String status, @RequestParam(name = "blok", required = false) Long block,
            @RequestParam(name = "moje", required = false) String mine,
            @RequestParam(name = "tytul", required = false) String words,
            @RequestParam(name = "strona", defaultValue = "1") int page, Principal principal, Model model) {
        Status chosen = Arrays.stream(Status.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        boolean onlyMine = mine != null && !mine.isBlank();
        model.addAttribute("result", solutions.list(new StaffSolutions.Filter(chosen, block,
                onlyMine ? principal.getName() : null, words, page)));
        model.addAttribute("statuses", Status.values());
        model.addAttribute("chosen", chosen);
        model.addAttribute("blocks", choices.blocks());
        model.addAttribute("chosenBlock", block);
        model.addAttribute("mine", onlyMine);
        model.addAttribute("words", words == null ? "" : words);
        return "admin/solutions";
    }

    @GetMapping("/admin/rozwiazania/{id:\\d{1,18}}")
    String one(@PathVariable long id, Principal principal, Locale locale, Model model) {
        StaffSolutions.Row row = solutions.one(id).orElseThrow(NotFound::new);
        SolutionRecords.Standing standing = records.standing(id).orElseThrow(NotFound::new);
        Actor actor = actors.of(principal);
        model.addAttribute("s", row);
        model.addAttribute("mayEdit", EditRights.mayEdit(actor, standing));
        model.addAttribute("files", solutions.files(id));
        model.addAttribute("history", history.ofSolution(id, locale));
        // Only the steps this person may take from here: an editor is not offered publication.
        model.addAttribute("actions", Arrays.stream(Action.values()).filter(a -> a.allowedFrom(row.status()))
                .filter(a -> a.coordinatorsOnly() ? actor.coordinatesAnyOf(standing.blockIds())
                        : a != Action.SUBMIT || EditRights.maySubmit(actor, standing))
                .toList());
        editorPage.uploads(model);
        return "admin/solution";
    }

    @PostMapping("/admin/rozwiazania/{id:\\d{1,18}}/krok")
    String step(@PathVariable long id, @RequestParam String action, @RequestParam(required = false) String reason,
            Principal principal, RedirectAttributes redirect) {
        try {
            Action chosen = Arrays.stream(Action.values()).filter(a -> a.name().equals(action)).findFirst()
                    .orElseThrow(() -> new Refusal("workflow.error.illegal"));
            workflow.apply(id, chosen, actors.of(principal), reason);
            redirect.addFlashAttribute("done", chosen.to().name());
        } catch (Refusal e) {
            redirect.addFlashAttribute("problem", e.key());
        }
        return "redirect:/admin/rozwiazania/" + id;
    }
}
