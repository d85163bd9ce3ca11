package pl.innowacje.katalog.admin;

import java.security.Principal;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pl.innowacje.katalog.catalog.ChangeLog;
import pl.innowacje.katalog.catalog.Revisions;
import pl.innowacje.katalog.catalog.SolutionRecords;
import pl.innowacje.katalog.publishing.Actor;
import pl.innowacje.katalog.publishing.EditRights;
import pl.innowacje.katalog.publishing.SolutionEditing;
import pl.innowacje.katalog.system.Markdown;
import pl.innowacje.katalog.system.NotFound;
import pl.innowacje.katalog.system.Refusal;

/**
 * The solution editor: a new draft, and changes to an existing solution, with every field of the card. The
 * description's preview works without JavaScript (a button that shows the page again with it) and at once with it.
 */
@Controller
class EditorController {

    private final SolutionEditorPage page;
    private final SolutionFormCheck check;
    private final SolutionEditing editing;
    private final SolutionRecords records;
    private final Revisions revisions;
    private final StaffActors actors;
    private final Markdown markdown;

    EditorController(SolutionEditorPage page, SolutionFormCheck check, SolutionEditing editing,
            SolutionRecords records, Revisions revisions, StaffActors actors, Markdown markdown) {
        this.page = page;
        this.check = check;
        this.editing = editing;
        this.records = records;
        this.revisions = revisions;
        this.actors = actors;
        this.markdown = markdown;
    }

    @GetMapping("/admin/rozwiazania/nowe")
    String newForm(@RequestParam(name = "blok", required = false) String block, Locale locale, Model model) {
        return page.show(model, null, null, SolutionForm.empty(block), Map.of(), false, locale);
    }

    @PostMapping("/admin/rozwiazania/nowe")
    String create(@ModelAttribute("form") SolutionForm form,
            @RequestParam(name = "podglad", required = false) String preview, Principal principal, Locale locale,
            Model model, RedirectAttributes redirect) {
        if (preview != null) {
            return page.show(model, null, null, form, Map.of(), true, locale);
        }
        SolutionFormCheck.Checked checked = check.check(form);
        if (!checked.ok()) {
            return page.show(model, null, null, form, checked.problems(), false, locale);
        }
        long id = editing.create(checked.input(), actors.of(principal));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/rozwiazania/" + id;
    }

    @GetMapping("/admin/rozwiazania/{id:\\d{1,18}}/edycja")
    String editForm(@PathVariable long id, Principal principal, Locale locale, Model model,
            RedirectAttributes redirect) {
        SolutionRecords.Standing standing = records.standing(id).orElseThrow(NotFound::new);
        if (!EditRights.mayEdit(actors.of(principal), standing)) {
            redirect.addFlashAttribute("problem", "editor.error.rights");
            return "redirect:/admin/rozwiazania/" + id;
        }
        var record = records.load(id).orElseThrow(NotFound::new);
        return page.show(model, id, record.title(),
                SolutionForm.of(record, revisions.latest(ChangeLog.Entity.SOLUTION, id)), Map.of(), false, locale);
    }

    @PostMapping("/admin/rozwiazania/{id:\\d{1,18}}/edycja")
    String save(@PathVariable long id, @ModelAttribute("form") SolutionForm form,
            @RequestParam(name = "podglad", required = false) String preview, Principal principal, Locale locale,
            Model model, RedirectAttributes redirect) {
        String title = records.load(id).orElseThrow(NotFound::new).title();
        if (preview != null) {
            return page.show(model, id, title, form, Map.of(), true, locale);
        }
        SolutionFormCheck.Checked checked = check.check(form);
        if (!checked.ok()) {
            return page.show(model, id, title, form, checked.problems(), false, locale);
        }
        Actor actor = actors.of(principal);
        try {
            editing.save(id, checked.input(), SolutionFormCheck.text(form.note()),
                    form.revision() == null ? 0 : form.revision(), actor);
        } catch (Refusal e) {
            model.addAttribute("refusal", e.key());
            model.addAttribute("refusalArgs", e.args());
            // After a conflict the form holds this person's version on top of the newest one: saving it again is a
            // decision made knowing the other change (the history shows it).
            SolutionForm again = "editor.error.conflict".equals(e.key())
                    ? form.startedFrom(revisions.latest(ChangeLog.Entity.SOLUTION, id)) : form;
            return page.show(model, id, title, again, Map.of(), false, locale);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/rozwiazania/" + id;
    }

    /** The description as the public page will show it: Markdown rendered and sanitised, for the editor's preview. */
    @PostMapping(path = "/admin/podglad", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    @ResponseBody
    String preview(@RequestParam(name = "tekst", defaultValue = "") String text) {
        return markdown.toHtml(text);
    }
}
