package pl.innowacje.katalog.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pl.innowacje.katalog.catalog.ThesaurusWriter;
import pl.innowacje.katalog.system.Refusal;

/**
 * Administrators' changes to the search thesaurus, shown on the vocabularies page: add a group, change its terms,
 * delete it. Search hears of each change through the change log.
 */
@Controller
class ThesaurusController {

    private final ThesaurusWriter writer;

    ThesaurusController(ThesaurusWriter writer) {
        this.writer = writer;
    }

    @PostMapping("/admin/slowniki/tezaurus")
    String add(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String terms,
            RedirectAttributes redirect) {
        try {
            long id = writer.add(code, ThesaurusForm.terms(terms));
            done(redirect, id, "thesaurus.added", code.strip());
            return "redirect:/admin/slowniki#grupa-" + id;
        } catch (Refusal e) {
            refused(redirect, e, new ThesaurusForm.Draft(ThesaurusForm.NEW_GROUP, code, terms));
            return "redirect:/admin/slowniki#nowa-grupa";
        }
    }

    @PostMapping("/admin/slowniki/tezaurus/{id}")
    String edit(@PathVariable long id, @RequestParam(defaultValue = "") String terms,
            @RequestParam(required = false) String previous, RedirectAttributes redirect) {
        try {
            boolean changed = writer.edit(id, ThesaurusForm.previous(previous), ThesaurusForm.terms(terms));
            done(redirect, id, changed ? "thesaurus.saved" : "vocabularies.unchanged");
        } catch (Refusal e) {
            // After someone else's change the page shows their version, not the refused text.
            boolean keepText = !"thesaurus.error.stale".equals(e.key()) && !"thesaurus.error.gone".equals(e.key());
            refused(redirect, e, new ThesaurusForm.Draft(id, null, keepText ? terms : null));
            if ("thesaurus.error.gone".equals(e.key())) {
                return "redirect:/admin/slowniki#tezaurus";
            }
        }
        return "redirect:/admin/slowniki#grupa-" + id;
    }

    @PostMapping("/admin/slowniki/tezaurus/{id}/usun")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            done(redirect, ThesaurusForm.SECTION, "thesaurus.deleted", writer.delete(id));
        } catch (Refusal e) {
            refused(redirect, e, new ThesaurusForm.Draft(ThesaurusForm.SECTION, null, null));
        }
        return "redirect:/admin/slowniki#tezaurus";
    }

    private static void done(RedirectAttributes redirect, long at, String key, Object... args) {
        redirect.addFlashAttribute("thesaurusAt", at);
        redirect.addFlashAttribute("thesaurusDone", key);
        redirect.addFlashAttribute("thesaurusArgs", args);
    }

    private static void refused(RedirectAttributes redirect, Refusal e, ThesaurusForm.Draft draft) {
        long at = "thesaurus.error.gone".equals(e.key()) ? ThesaurusForm.SECTION : draft.at();
        redirect.addFlashAttribute("thesaurusAt", at);
        redirect.addFlashAttribute("thesaurusProblem", e.key());
        redirect.addFlashAttribute("thesaurusArgs", e.args());
        redirect.addFlashAttribute("thesaurusDraft", draft);
    }
}
