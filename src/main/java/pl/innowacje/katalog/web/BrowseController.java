package pl.innowacje.katalog.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import pl.innowacje.katalog.catalog.CatalogQueries;
import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.system.Markdown;
import pl.innowacje.katalog.system.NotFound;

/** Area → thematic block → solution, at stable Polish URLs. */
@Controller
class BrowseController {

    private final CatalogQueries catalog;
    private final Vocabularies vocabularies;
    private final Markdown markdown;

    BrowseController(CatalogQueries catalog, Vocabularies vocabularies, Markdown markdown) {
        this.catalog = catalog;
        this.vocabularies = vocabularies;
        this.markdown = markdown;
    }

    @GetMapping("/obszary/{slug}")
    String area(@PathVariable String slug, Model model) {
        model.addAttribute("area", catalog.area(slug).orElseThrow(NotFound::new));
        model.addAttribute("md", markdown);
        return "area";
    }

    @GetMapping("/bloki/{slug}")
    String block(@PathVariable String slug, Model model) {
        model.addAttribute("block", catalog.block(slug).orElseThrow(NotFound::new));
        model.addAttribute("md", markdown);
        model.addAttribute("vocab", vocabularies);
        return "block";
    }

    @GetMapping("/rozwiazania/{slug}")
    String solution(@PathVariable String slug, Model model) {
        model.addAttribute("s", catalog.solution(slug).orElseThrow(NotFound::new));
        model.addAttribute("md", markdown);
        model.addAttribute("vocab", vocabularies);
        return "solution";
    }
}
