package pl.innowacje.katalog.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import pl.innowacje.katalog.catalog.CatalogQueries;

@Controller
class HomeController {

    private final CatalogQueries catalog;

    HomeController(CatalogQueries catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("areas", catalog.areas());
        model.addAttribute("newest", catalog.newest(6));
        model.addAttribute("total", catalog.publicSolutionCount());
        return "home";
    }

    @GetMapping("/deklaracja-dostepnosci")
    String accessibility() {
        return "accessibility";
    }
}
