package pl.innowacje.katalog.discovery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import pl.innowacje.katalog.catalog.Views;
import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.catalog.Vocabulary;
import pl.innowacje.katalog.system.PortalProperties;

/**
 * Cites a public solution. Its author is the organisation that implemented the project (as a catalogue of products
 * names the maker, not the person who entered the record); its publisher is the portal's operator; its date is the
 * day it was published here. Metadata are in Polish, the catalogue's language, whatever the reader's language.
 */
@Service
public class Citations {

    static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");
    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final Vocabularies vocabularies;
    private final MessageSource messages;
    private final String baseUrl;
    private final String publisher;
    /** The day of access a reference gives is the reader's day in Poland. */
    private final Clock clock = Clock.system(ZONE);

    Citations(Vocabularies vocabularies, MessageSource messages, PortalProperties properties) {
        this.vocabularies = vocabularies;
        this.messages = messages;
        this.baseUrl = properties.siteUrl();
        this.publisher = properties.operator().name();
    }

    public Citation of(Views.SolutionPage s, Locale locale) {
        Work w = work(s);
        String text = messages.getMessage("cite.text", new Object[] {w.author() == null ? "" : w.author() + ". ",
                w.title(), w.publisher(), Integer.toString(w.published().getYear()), w.url(),
                LocalDate.now(clock).toString()}, locale);
        return new Citation(w.url(), text, Bibtex.of(w, s.slug(), LocalDate.now(clock)), meta(w, s),
                JsonLd.of(w, s, baseUrl));
    }

    /** What every form of the citation says, once. */
    record Work(String title, String author, String publisher, LocalDate published, LocalDate modified, String url,
            String language, List<String> subjects, List<String> audiences, List<String> regions,
            List<Views.FileItem> files, String fileBaseUrl) {
    }

    private Work work(Views.SolutionPage s) {
        Instant published = s.publishedAt() != null ? s.publishedAt() : s.updatedAt();
        String author = s.project() == null || s.project().implementer() == null ? null
                : s.project().implementer().name();
        return new Work(s.title(), author, publisher, published.atZone(ZONE).toLocalDate(),
                s.updatedAt().atZone(ZONE).toLocalDate(), baseUrl + "/rozwiazania/" + s.slug(),
                s.language() == null || s.language().isBlank() ? "pl" : s.language(), labels(s, Vocabulary.PROBLEM),
                labels(s, Vocabulary.USER), labels(s, Vocabulary.REGION), s.files(), baseUrl + "/pliki/");
    }

    private List<String> labels(Views.SolutionPage s, Vocabulary vocabulary) {
        return s.terms(vocabulary).stream().map(code -> vocabularies.label(vocabulary, code, POLISH)).toList();
    }

    /**
     * The solution in Dublin Core: the implementer as creator, partners as contributors, problems and keywords as
     * subjects, the product forms as types beside "Text", the handbooks as relations, regions and period as coverage.
     */
    public DublinCore dublinCore(Views.SolutionPage s) {
        return dublinCore(work(s), s);
    }

    private DublinCore dublinCore(Work w, Views.SolutionPage s) {
        List<String> contributors = new ArrayList<>();
        if (s.project() != null) {
            s.project().partners().forEach(p -> contributors.add(p.name()));
        }
        s.partners().forEach(p -> contributors.add(p.name()));
        List<String> subjects = new ArrayList<>(w.subjects());
        subjects.addAll(s.keywords());
        List<String> types = new ArrayList<>(List.of("Text"));
        types.addAll(labels(s, Vocabulary.FORM));
        List<String> formats = new ArrayList<>(List.of("text/html"));
        s.files().stream().map(Views.FileItem::mediaType).distinct().forEach(formats::add);
        List<String> coverage = new ArrayList<>(w.regions());
        if (s.periodFrom() != null) {
            coverage.add(s.periodFrom() + "/" + (s.periodTo() == null ? ".." : s.periodTo()));
        }
        return new DublinCore(w.title(), s.titleEn(), w.author() == null ? List.of() : List.of(w.author()),
                subjects, s.summary(), w.publisher(), contributors.stream().distinct().toList(),
                w.published().toString(), types, formats, w.url(), w.language(),
                s.files().stream().map(f -> JsonLd.fileUrl(w, f)).toList(), coverage, s.licence());
    }

    /** Dublin Core for library tools, {@code citation_*} (Highwire) for Google Scholar and reference managers. */
    private List<Citation.Meta> meta(Work w, Views.SolutionPage s) {
        DublinCore dc = dublinCore(w, s);
        List<Citation.Meta> out = new ArrayList<>();
        add(out, "DC.title", dc.title());
        dc.creators().forEach(c -> add(out, "DC.creator", c));
        dc.subjects().forEach(c -> add(out, "DC.subject", c));
        add(out, "DC.description", dc.description());
        add(out, "DC.publisher", dc.publisher());
        dc.contributors().forEach(c -> add(out, "DC.contributor", c));
        add(out, "DC.date", dc.date());
        dc.types().forEach(c -> add(out, "DC.type", c));
        add(out, "DC.format", "text/html");
        add(out, "DC.identifier", dc.identifier());
        add(out, "DC.language", dc.language());
        dc.coverage().forEach(c -> add(out, "DC.coverage", c));
        add(out, "DC.rights", dc.rights());
        add(out, "citation_title", w.title());
        add(out, "citation_author", w.author());
        add(out, "citation_publication_date", w.published().format(DateTimeFormatter.ofPattern("yyyy/MM/dd")));
        add(out, "citation_publisher", w.publisher());
        add(out, "citation_language", w.language());
        if (!s.keywords().isEmpty()) {
            add(out, "citation_keywords", String.join("; ", s.keywords()));
        }
        add(out, "citation_abstract_html_url", w.url());
        w.files().stream().filter(f -> "application/pdf".equals(f.mediaType())).findFirst()
                .ifPresent(f -> add(out, "citation_pdf_url", JsonLd.fileUrl(w, f)));
        return out;
    }

    private static void add(List<Citation.Meta> out, String name, String content) {
        if (content != null && !content.isBlank()) {
            out.add(new Citation.Meta(name, content));
        }
    }
}
