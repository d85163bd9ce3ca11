package pl.innowacje.katalog.admin;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pl.innowacje.katalog.catalog.Status;
import pl.innowacje.katalog.publishing.Action;
import pl.innowacje.katalog.publishing.StaffSolutions;
import pl.innowacje.katalog.publishing.Workflow;
import pl.innowacje.katalog.system.NotFound;

/** Solutions in the staff area: the list by status, one solution's history, and the workflow's steps. */
@Controller
class SolutionsController {

    private final StaffSolutions solutions;
    private final Workflow workflow;
    private final StaffAccounts accounts;

    SolutionsController(StaffSolutions solutions, Workflow workflow, StaffAccounts accounts) {
        this.solutions = solutions;
        this.workflow = workflow;
        this.accounts = accounts;
    }

    @GetMapping("/admin/rozwiazania")
    String list(@RequestParam(required = false) String status, Model model) {
        Status chosen = Arrays.stream(Status.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        model.addAttribute("rows", solutions.list(chosen));
        model.addAttribute("statuses", Status.values());
        model.addAttribute("chosen", chosen);
        return "admin/solutions";
    }

    @GetMapping("/admin/rozwiazania/{id:\\d{1,18}}")
    String one(@PathVariable long id, Model model) {
        StaffSolutions.Row row = solutions.one(id).orElseThrow(NotFound::new);
        model.addAttribute("s", row);
        model.addAttribute("history", solutions.history(id));
        model.addAttribute("actions", Arrays.stream(Action.values()).filter(a -> a.allowedFrom(row.status()))
                .toList());
        return "admin/solution";
    }

    @PostMapping("/admin/rozwiazania/{id:\\d{1,18}}/krok")
    String step(@PathVariable long id, @RequestParam String action, @RequestParam(required = false) String reason,
            Principal principal, RedirectAttributes redirect) {
        try {
            Action chosen = Arrays.stream(Action.values()).filter(a -> a.name().equals(action)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown action"));
            workflow.apply(id, chosen, actor(principal), reason);
            redirect.addFlashAttribute("done", chosen.to().name());
        } catch (pl.innowacje.katalog.system.Refusal e) {
            redirect.addFlashAttribute("problem", e.key());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", "workflow.error.illegal");
        }
        return "redirect:/admin/rozwiazania/" + id;
    }

    private Workflow.Actor actor(Principal principal) {
        StaffAccounts.Account a = accounts.find(principal.getName()).orElseThrow();
        List<Long> blocks = a.role() == Role.COORDINATOR ? accounts.blocksOf(a.id()) : List.of();
        return new Workflow.Actor(a.username(), a.role() == Role.ADMIN, a.role() == Role.COORDINATOR, blocks);
    }
}
