package pl.innowacje.katalog.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import pl.innowacje.katalog.system.NotFound;

/**
 * The text of one section (or page) of a handbook, with the searched words marked: where a passage of a DOCX, ODT,
 * HTML or EPUB file leads, instead of a download of the whole file.
 */
@Controller
class SectionController {

    private final FileSections sections;

    SectionController(FileSections sections) {
        this.sections = sections;
    }

    @GetMapping("/rozwiazania/{slug}/pliki/{fileId:\\d{1,18}}/czesci/{number:\\d{1,6}}")
    String section(@PathVariable String slug, @PathVariable long fileId, @PathVariable int number,
            @RequestParam(name = "q", required = false) String query, Locale locale, Model model) {
        model.addAttribute("section", sections.find(slug, fileId, number, query, locale).orElseThrow(NotFound::new));
        return "section";
    }
}
