package pl.innowacje.katalog.admin;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pl.innowacje.katalog.catalog.ReferenceWriter;
import pl.innowacje.katalog.catalog.Thesaurus;
import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.catalog.Vocabulary;
import pl.innowacje.katalog.search.IndexMaintenance;
import pl.innowacje.katalog.system.Refusal;

/**
 * What administrators run: the controlled vocabularies with the search thesaurus (whose changes
 * {@link ThesaurusController} takes), and the search index (its state and a rebuild).
 */
@Controller
class SiteController {

    private final Vocabularies vocabularies;
    private final ReferenceWriter references;
    private final IndexMaintenance index;
    private final Thesaurus thesaurus;

    SiteController(Vocabularies vocabularies, ReferenceWriter references, IndexMaintenance index,
            Thesaurus thesaurus) {
        this.vocabularies = vocabularies;
        this.references = references;
        this.index = index;
        this.thesaurus = thesaurus;
    }

    @GetMapping("/admin/slowniki")
    String vocabularies(Model model) {
        Map<Vocabulary, List<Vocabularies.Term>> all = new LinkedHashMap<>();
        for (Vocabulary v : Vocabulary.values()) {
            all.put(v, vocabularies.terms(v));
        }
        model.addAttribute("vocabularies", all);
        model.addAttribute("thesaurus", ThesaurusForm.rows(thesaurus.groups()));
        return "admin/vocabularies";
    }

    @PostMapping("/admin/slowniki/{vocabulary}")
    String saveTerm(@PathVariable Vocabulary vocabulary, @RequestParam(defaultValue = "") String code,
            @RequestParam(name = "pl", defaultValue = "") String labelPl,
            @RequestParam(name = "en", defaultValue = "") String labelEn, RedirectAttributes redirect) {
        try {
            boolean changed = references.saveTerm(vocabulary, code.strip(), labelPl, labelEn);
            redirect.addFlashAttribute("done", changed ? "vocabularies.saved" : "vocabularies.unchanged");
        } catch (Refusal e) {
            redirect.addFlashAttribute("problem", e.key());
            redirect.addFlashAttribute("problemArgs", e.args());
        }
        return "redirect:/admin/slowniki#" + vocabulary.name();
    }

    @GetMapping("/admin/indeks")
    String index(Model model) {
        model.addAttribute("state", index.state());
        return "admin/index";
    }

    @PostMapping("/admin/indeks")
    String rebuild(Principal principal, RedirectAttributes redirect) {
        redirect.addFlashAttribute("done", index.rebuild(principal.getName()) ? "index.started" : "index.running");
        return "redirect:/admin/indeks";
    }
}
