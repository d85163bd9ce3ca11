package pl.innowacje.katalog.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import pl.innowacje.katalog.catalog.CatalogQueries;
import pl.innowacje.katalog.catalog.Views;
import pl.innowacje.katalog.files.StoredFiles;
import pl.innowacje.katalog.files.TextUnit;
import pl.innowacje.katalog.search.FileTypes;

/**
 * One page or section of a handbook's text, read on the portal: where a search passage from a file without pages
 * leads (a PDF's passage opens the PDF at its page). Only files of public solutions, and only by the file's own id
 * under its own solution.
 */
@Component
class FileSections {

    /** Public, so compiled template expressions can read it without reflection. */
    public record Section(String solutionSlug, String solutionTitle, long fileId, String fileTitle, String fileName,
            String fileType, long sizeBytes, TextUnit unit, int number, int count, List<String> paragraphs,
            int marks, String query, String textLanguage, String textLanguageName) {

        public boolean isPage() {
            return unit == TextUnit.PAGE;
        }

        /** The part before this one, with the same words marked; null for the first. */
        public String previousHref() {
            return number > 1 ? href(solutionSlug, fileId, number - 1, query) : null;
        }

        public String nextHref() {
            return number < count ? href(solutionSlug, fileId, number + 1, query) : null;
        }

        /** The whole file; a PDF opens at this page. */
        public String downloadHref() {
            return UriComponentsBuilder.fromPath("/pliki/{id}/{name}").fragment(isPage() ? "page=" + number : null)
                    .buildAndExpand(fileId, fileName).encode().toUriString();
        }
    }

    /** Where part {@code number} of a file is read, with {@code query}'s words marked (none when null). */
    static String href(String slug, long fileId, int number, String query) {
        return UriComponentsBuilder.fromPath("/rozwiazania/{slug}/pliki/{id}/czesci/{n}")
                .queryParamIfPresent("q", Optional.ofNullable(query)).buildAndExpand(slug, fileId, number).encode()
                .toUriString();
    }

    private final CatalogQueries catalog;
    private final StoredFiles files;

    FileSections(CatalogQueries catalog, StoredFiles files) {
        this.catalog = catalog;
        this.files = files;
    }

    /** The section, or empty when the solution is not public, the file not its own, or there is no such part. */
    Optional<Section> find(String slug, long fileId, int number, String query, Locale locale) {
        Optional<Views.SolutionPage> solution = catalog.solution(slug);
        Optional<Views.FileItem> file = solution.flatMap(s -> s.files().stream().filter(f -> f.id() == fileId)
                .findFirst());
        if (file.isEmpty() || number < 1 || number > file.get().pages()) {
            return Optional.empty();
        }
        Views.FileItem f = file.get();
        Optional<String> text = catalog.download(fileId).flatMap(d -> files.part(d.sha256(), number));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String q = query == null || query.isBlank() ? null : query.strip();
        WordMarks.Marked marked = new WordMarks().mark(text.get(), q);
        String language = f.language() == null || f.language().equals(locale.getLanguage()) ? null : f.language();
        return Optional.of(new Section(slug, solution.get().title(locale), f.id(), f.title(), f.fileName(),
                FileTypes.of(f.mediaType()).toUpperCase(Locale.ROOT), f.sizeBytes(), TextUnit.of(f.mediaType()),
                number, f.pages(), marked.paragraphs(), marked.marks(), q, language,
                language == null ? null : Locale.forLanguageTag(language).getDisplayLanguage(locale)));
    }
}
