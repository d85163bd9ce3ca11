package pl.innowacje.katalog.news;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import pl.innowacje.katalog.system.Markdown;
import pl.innowacje.katalog.system.NotFound;

@Controller
class NewsController {

    private final News news;
    private final Markdown markdown;

    NewsController(News news, Markdown markdown) {
        this.news = news;
        this.markdown = markdown;
    }

    @GetMapping("/aktualnosci")
    String list(Model model) {
        model.addAttribute("items", news.all());
        model.addAttribute("md", markdown);
        return "news/list";
    }

    @GetMapping("/aktualnosci/{slug}")
    String item(@PathVariable String slug, Model model) {
        model.addAttribute("item", news.item(slug).orElseThrow(NotFound::new));
        model.addAttribute("md", markdown);
        return "news/item";
    }
}
