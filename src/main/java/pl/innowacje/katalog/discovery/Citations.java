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
        this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
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

    /** Dublin Core for library tools, {@code citation_*} (Highwire) for Google Scholar and reference managers. */
    private static List<Citation.Meta> meta(Work w, Views.SolutionPage s) {
        List<Citation.Meta> out = new ArrayList<>();
        out.add(new Citation.Meta("DC.title", w.title()));
        add(out, "DC.creator", w.author());
        out.add(new Citation.Meta("DC.publisher", w.publisher()));
        out.add(new Citation.Meta("DC.date", w.published().toString()));
        out.add(new Citation.Meta("DC.type", "Text"));
        out.add(new Citation.Meta("DC.format", "text/html"));
        out.add(new Citation.Meta("DC.identifier", w.url()));
        out.add(new Citation.Meta("DC.language", w.language()));
        w.subjects().forEach(subject -> out.add(new Citation.Meta("DC.subject", subject)));
        add(out, "DC.description", s.summary());
        add(out, "DC.rights", s.licence());
        w.regions().forEach(region -> out.add(new Citation.Meta("DC.coverage", region)));
        out.add(new Citation.Meta("citation_title", w.title()));
        add(out, "citation_author", w.author());
        out.add(new Citation.Meta("citation_publication_date",
                w.published().format(DateTimeFormatter.ofPattern("yyyy/MM/dd"))));
        out.add(new Citation.Meta("citation_publisher", w.publisher()));
        out.add(new Citation.Meta("citation_language", w.language()));
        if (!s.keywords().isEmpty()) {
            out.add(new Citation.Meta("citation_keywords", String.join("; ", s.keywords())));
        }
        out.add(new Citation.Meta("citation_abstract_html_url", w.url()));
        w.files().stream().filter(f -> "application/pdf".equals(f.mediaType())).findFirst()
                .ifPresent(f -> out.add(new Citation.Meta("citation_pdf_url", JsonLd.fileUrl(w, f))));
        return out;
    }

    private static void add(List<Citation.Meta> out, String name, String content) {
        if (content != null && !content.isBlank()) {
            out.add(new Citation.Meta(name, content));
        }
    }
}
