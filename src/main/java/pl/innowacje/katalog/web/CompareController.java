package pl.innowacje.katalog.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import pl.innowacje.katalog.catalog.CatalogQueries;
import pl.innowacje.katalog.catalog.Views;
import pl.innowacje.katalog.catalog.Vocabularies;

/** Two or three solutions side by side ({@code /porownaj?r=slug&r=slug}): every field of their cards in rows. */
@Controller
class CompareController {

    static final int MIN = 2;
    static final int MAX = 3;

    private final CatalogQueries catalog;
    private final Vocabularies vocabularies;

    CompareController(CatalogQueries catalog, Vocabularies vocabularies) {
        this.catalog = catalog;
        this.vocabularies = vocabularies;
    }

    @GetMapping("/porownaj")
    String compare(@RequestParam(name = "r", required = false) List<String> slugs, HttpServletResponse response,
            Model model) {
        List<Views.SolutionPage> chosen = new ArrayList<>();
        for (String slug : new LinkedHashSet<>(slugs == null ? List.<String>of() : slugs)) {
            if (chosen.size() == MAX) {
                model.addAttribute("tooMany", true);
                break;
            }
            Optional<Views.SolutionPage> s = slug.length() > 200 ? Optional.empty() : catalog.solution(slug);
            s.ifPresent(chosen::add);
        }
        if (chosen.size() < MIN) {
            // Nothing to compare is the request's fault, not a missing page: say how to choose, keep the look.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("solutions", chosen);
        model.addAttribute("rows", CompareRows.of(chosen, vocabularies));
        return "compare";
    }
}
