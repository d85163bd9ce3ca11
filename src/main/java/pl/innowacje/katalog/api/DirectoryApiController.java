package pl.innowacje.katalog.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import pl.innowacje.katalog.directory.Directory;
import pl.innowacje.katalog.news.News;
import pl.innowacje.katalog.system.NotFound;

/** The read API's organisations, projects and news, as the public directory and news pages show them. */
@RestController
@RequestMapping(value = "/api", produces = "application/json")
@Tag(name = "directory", description = "Organisations, projects, news")
class DirectoryApiController {

    private final Directory directory;
    private final News news;

    DirectoryApiController(Directory directory, News news) {
        this.directory = directory;
        this.news = news;
    }

    @GetMapping("/organisations")
    @Operation(summary = "Organisations behind public solutions: implementers and partners")
    ResponseEntity<List<ApiShapes.DirectoryOrganisation>> organisations() {
        return ReadResponses.ok(directory.organisations().stream().map(ApiShapes::organisation).toList());
    }

    @GetMapping("/organisations/{slug}")
    @Operation(summary = "One organisation with its projects and public solutions")
    ResponseEntity<ApiShapes.OrganisationDetail> organisation(@PathVariable String slug) {
        Directory.OrganisationPage page = directory.organisation(slug).orElseThrow(NotFound::new);
        return ReadResponses.ok(new ApiShapes.OrganisationDetail(ApiShapes.organisation(page.organisation()),
                page.projects().stream().map(ApiShapes::project).toList(),
                page.solutions().stream().map(ApiShapes::item).toList()));
    }

    @GetMapping("/projects")
    @Operation(summary = "Projects behind public solutions")
    ResponseEntity<List<ApiShapes.DirectoryProject>> projects() {
        return ReadResponses.ok(directory.projects().stream().map(ApiShapes::project).toList());
    }

    @GetMapping("/projects/{slug}")
    @Operation(summary = "One project with its partners and public solutions")
    ResponseEntity<ApiShapes.ProjectDetail> project(@PathVariable String slug) {
        Directory.ProjectPage page = directory.project(slug).orElseThrow(NotFound::new);
        return ReadResponses.ok(new ApiShapes.ProjectDetail(ApiShapes.project(page.project()),
                page.partners().stream().map(ApiShapes::link).toList(),
                page.solutions().stream().map(ApiShapes::item).toList()));
    }

    @GetMapping("/news")
    @Operation(summary = "News, newest first")
    ResponseEntity<List<ApiShapes.NewsItem>> news() {
        return ReadResponses.ok(news.all().stream().map(ApiShapes::news).toList());
    }

    @GetMapping("/news/{slug}")
    @Operation(summary = "One news item")
    ResponseEntity<ApiShapes.NewsItem> newsItem(@PathVariable String slug) {
        return ReadResponses.ok(ApiShapes.news(news.item(slug).orElseThrow(NotFound::new)));
    }
}
