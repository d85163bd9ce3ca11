package pl.innowacje.katalog.directory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.news.News;
import pl.innowacje.katalog.system.NotFound;

/** Organisations and projects: who stands behind the solutions, with their competences and contact. */
@Controller
class DirectoryController {

    private final Directory directory;
    private final News news;
    private final Vocabularies vocabularies;

    DirectoryController(Directory directory, News news, Vocabularies vocabularies) {
        this.directory = directory;
        this.news = news;
        this.vocabularies = vocabularies;
    }

    @GetMapping("/organizacje")
    String organisations(Model model) {
        model.addAttribute("organisations", directory.organisations());
        model.addAttribute("vocab", vocabularies);
        return "directory/organisations";
    }

    @GetMapping("/organizacje/{slug}")
    String organisation(@PathVariable String slug, Model model) {
        model.addAttribute("page", directory.organisation(slug).orElseThrow(NotFound::new));
        model.addAttribute("vocab", vocabularies);
        return "directory/organisation";
    }

    @GetMapping("/projekty")
    String projects(Model model) {
        model.addAttribute("projects", directory.projects());
        model.addAttribute("vocab", vocabularies);
        return "directory/projects";
    }

    @GetMapping("/projekty/{slug}")
    String project(@PathVariable String slug, Model model) {
        model.addAttribute("page", directory.project(slug).orElseThrow(NotFound::new));
        model.addAttribute("news", news.ofProject(slug));
        model.addAttribute("vocab", vocabularies);
        return "directory/project";
    }
}
