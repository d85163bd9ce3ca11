package pl.innowacje.katalog.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.catalog.Vocabulary;
import pl.innowacje.katalog.catalog.Views;
import pl.innowacje.katalog.directory.Directory;
import pl.innowacje.katalog.news.News;

/**
 * The read API's JSON shapes. They are the contract (README, "Read API"), so they are records of their own, filled
 * from what the public pages read: a change inside the catalogue cannot change a field name here unnoticed.
 * Vocabulary values are codes, keyed by the lower-case vocabulary name as the search API names its facets; every
 * object that has a page carries its {@code url}.
 */
final class ApiShapes {

    private ApiShapes() {
    }

    record Page<T>(long total, int page, int size, List<T> items) {
    }

    record Link(String slug, String title, String url) {
    }

    record SolutionItem(long id, String slug, String title, String titleEn, String summary, String summaryEn,
            String status, Instant publishedAt, String url) {
    }

    record Block(String slug, String title, String titleEn, String area, long solutions, String url) {
    }

    record Area(String slug, String title, String titleEn, String summaryEn, String programme, String description,
            long solutions, List<Block> blocks, String url) {
    }

    record Contact(String name, String organisation, String email) {
    }

    record BlockDetail(String slug, String title, String titleEn, String summaryEn, Link area, String introduction,
            List<String> problems, List<String> benefits, String details, String howToUse, Contact coordinator,
            Map<String, List<String>> terms, List<Link> related, List<SolutionItem> solutions, String url) {
    }

    record File(long id, String title, String kind, String fileName, String mediaType, long sizeBytes, int pages,
            String language, String extraction, long downloads, String url) {
    }

    record Organisation(String slug, String name, String website, String contact, String url) {
    }

    record Project(String slug, String title, String programme, LocalDate from, LocalDate to,
            Organisation implementer, List<Organisation> partners, String url) {
    }

    record Result(String label, BigDecimal amount, String unit) {
    }

    record Component(String name, String usage) {
    }

    record Verification(String result, LocalDate date, String by) {
    }

    record Solution(long id, String slug, String title, String titleEn, String summary, String summaryEn, String goal,
            String description, String status, String programme, LocalDate periodFrom, LocalDate periodTo,
            String language, String licence, List<String> keywords, Contact contact, Verification verification,
            Instant publishedAt, Instant updatedAt, List<Link> blocks, Map<String, List<String>> terms,
            Project project, List<Organisation> partners, List<Result> results, List<Component> components,
            List<SolutionItem> related, List<File> files, String url) {
    }

    record Term(String code, String labelPl, String labelEn, String parent) {
    }

    record DirectoryOrganisation(String slug, String name, String type, String region, String website,
            List<String> competences, String contact, String url) {
    }

    record DirectoryProject(String slug, String title, String programme, LocalDate from, LocalDate to,
            String website, Link implementer, String url) {
    }

    record OrganisationDetail(DirectoryOrganisation organisation, List<DirectoryProject> projects,
            List<SolutionItem> solutions) {
    }

    record ProjectDetail(DirectoryProject project, List<Link> partners, List<SolutionItem> solutions) {
    }

    record NewsItem(String slug, String title, LocalDate date, String body, Link block, Link project, String url) {
    }

    static SolutionItem item(Views.SolutionCard c) {
        return new SolutionItem(c.id(), c.slug(), c.title(), c.titleEn(), c.summary(), c.summaryEn(),
                c.status().name(), c.publishedAt(), "/rozwiazania/" + c.slug());
    }

    static Block block(Views.BlockLink b) {
        return new Block(b.slug(), b.title(), b.titleEn(), b.areaSlug(), b.solutions(), "/bloki/" + b.slug());
    }

    static Area area(Views.AreaSummary a) {
        return new Area(a.slug(), a.title(), a.titleEn(), a.summaryEn(), a.programmeCode(), a.description(),
                a.solutions(),
                a.blocks().stream().map(ApiShapes::block).toList(), "/obszary/" + a.slug());
    }

    static BlockDetail block(Views.BlockPage b) {
        return new BlockDetail(b.slug(), b.title(), b.titleEn(), b.summaryEn(),
                new Link(b.area().slug(), b.areaTitle(), "/obszary/" + b.area().slug()), b.introduction(),
                b.problemsText(), b.benefits(), b.details(), b.howToUse(), contact(b.coordinator()), terms(b.terms()),
                b.related().stream().map(r -> new Link(r.slug(), r.title(), "/bloki/" + r.slug())).toList(),
                b.solutions().stream().map(ApiShapes::item).toList(), "/bloki/" + b.slug());
    }

    static Solution solution(Views.SolutionPage s) {
        Views.Verification v = s.verification();
        return new Solution(s.id(), s.slug(), s.title(), s.titleEn(), s.summary(), s.summaryEn(), s.goal(),
                s.description(), s.status().name(), s.programmeCode(), s.periodFrom(), s.periodTo(), s.language(),
                s.licence(), s.keywords(), contact(s.contact()),
                v == null ? null : new Verification(v.result(), v.date(), v.by()), s.publishedAt(), s.updatedAt(),
                s.blocks().stream().map(b -> new Link(b.slug(), b.title(), "/bloki/" + b.slug())).toList(),
                terms(s.terms()), project(s.project()), s.partners().stream().map(ApiShapes::organisation).toList(),
                s.results().stream().map(r -> new Result(r.label(), r.amount(), r.unit())).toList(),
                s.components().stream().map(c -> new Component(c.name(), c.usage())).toList(),
                s.related().stream().map(ApiShapes::item).toList(),
                s.files().stream().map(f -> new File(f.id(), f.title(), f.kind().name(), f.fileName(),
                        f.mediaType(), f.sizeBytes(), f.pages(), f.language(), f.extractionStatus(), f.downloads(),
                        "/pliki/" + f.id())).toList(),
                "/rozwiazania/" + s.slug());
    }

    static Term term(Vocabularies.Term t) {
        return new Term(t.code(), t.labelPl(), t.labelEn(), t.parentCode());
    }

    static DirectoryOrganisation organisation(Directory.Organisation o) {
        String contact = o.contactRole() == null ? o.contactAddress()
                : o.contactAddress() == null ? o.contactRole() : o.contactRole() + " / " + o.contactAddress();
        return new DirectoryOrganisation(o.slug(), o.name(), o.type(), o.regionCode(), o.website(), o.competences(),
                contact, "/organizacje/" + o.slug());
    }

    static DirectoryProject project(Directory.Project p) {
        return new DirectoryProject(p.slug(), p.title(), p.programmeCode(), p.from(), p.to(), p.website(),
                p.implementer() == null ? null : link(p.implementer()), "/projekty/" + p.slug());
    }

    static Link link(Directory.OrganisationLink o) {
        return new Link(o.slug(), o.name(), "/organizacje/" + o.slug());
    }

    static NewsItem news(News.Item n) {
        return new NewsItem(n.slug(), n.title(), n.date(), n.body(),
                n.block() == null ? null : new Link(n.block().slug(), n.block().title(), "/bloki/" + n.block().slug()),
                n.project() == null ? null : new Link(n.project().slug(), n.project().title(),
                        "/projekty/" + n.project().slug()), "/aktualnosci/" + n.slug());
    }

    private static Contact contact(Views.Contact c) {
        return c == null || c.isEmpty() ? null : new Contact(c.name(), c.organisation(), c.email());
    }

    private static Organisation organisation(Views.Organisation o) {
        return o == null ? null : new Organisation(o.slug(), o.name(), o.website(), o.contact(),
                "/organizacje/" + o.slug());
    }

    private static Project project(Views.Project p) {
        return p == null ? null : new Project(p.slug(), p.title(), p.programmeCode(), p.from(), p.to(),
                organisation(p.implementer()), p.partners().stream().map(ApiShapes::organisation).toList(),
                "/projekty/" + p.slug());
    }

    private static Map<String, List<String>> terms(Map<Vocabulary, List<String>> terms) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Vocabulary v : Vocabulary.values()) {
            out.put(v.name().toLowerCase(Locale.ROOT), terms.getOrDefault(v, List.of()));
        }
        return out;
    }
}
