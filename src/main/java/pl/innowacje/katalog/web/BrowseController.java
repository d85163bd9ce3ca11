package pl.innowacje.katalog.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import pl.innowacje.katalog.catalog.CatalogQueries;
import pl.innowacje.katalog.catalog.Views;
import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.discovery.Citations;
import pl.innowacje.katalog.news.News;
import pl.innowacje.katalog.search.SimilarSolutions;
import pl.innowacje.katalog.stats.Usage;
import pl.innowacje.katalog.system.Markdown;
import pl.innowacje.katalog.system.NotFound;

/** Area → thematic block → solution, at stable Polish URLs. */
@Controller
class BrowseController {

    static final int SIMILAR = 5;

    private final CatalogQueries catalog;
    private final Vocabularies vocabularies;
    private final Markdown markdown;
    private final SimilarSolutions similar;
    private final News news;
    private final Citations citations;
    private final Usage usage;

    BrowseController(CatalogQueries catalog, Vocabularies vocabularies, Markdown markdown, SimilarSolutions similar,
            News news, Citations citations, Usage usage) {
        this.catalog = catalog;
        this.vocabularies = vocabularies;
        this.markdown = markdown;
        this.similar = similar;
        this.news = news;
        this.citations = citations;
        this.usage = usage;
    }

    @GetMapping("/obszary")
    String areas(Model model) {
        model.addAttribute("areas", catalog.areas());
        model.addAttribute("md", markdown);
        return "areas";
    }

    @GetMapping("/bloki")
    String blocks(Model model) {
        model.addAttribute("areas", catalog.areas());
        return "blocks";
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
        model.addAttribute("news", news.ofBlock(slug));
        model.addAttribute("md", markdown);
        model.addAttribute("vocab", vocabularies);
        return "block";
    }

    @GetMapping("/rozwiazania/{slug}")
    String solution(@PathVariable String slug, Model model, Locale locale, HttpServletRequest request) {
        Views.SolutionPage s = catalog.solution(slug).orElseThrow(NotFound::new);
        // A reader's revisit answered 304 by the page's ETag is still a view.
        usage.viewed(s.id(), request);
        model.addAttribute("s", s);
        // The engine's neighbours beside the curated ones: none that the page already lists.
        List<Long> listed = Stream.concat(s.related().stream(), s.sameGroup().stream())
                .map(Views.SolutionCard::id).toList();
        model.addAttribute("similar", similar.like(s.id(), listed, SIMILAR));
        model.addAttribute("md", markdown);
        model.addAttribute("vocab", vocabularies);
        model.addAttribute("cite", citations.of(s, locale));
        return "solution";
    }
}
