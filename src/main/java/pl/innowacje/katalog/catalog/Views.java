package pl.innowacje.katalog.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What public pages show, read from the catalogue. Titles pick English when the reader asked for it and it exists. */
public final class Views {

    private Views() {
    }

    static String pick(String pl, String en, Locale locale) {
        return "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : pl;
    }

    /** "en" when the reader asked for English and the English text exists, otherwise "pl" (what is shown). */
    static String languageOf(String en, Locale locale) {
        return "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? "en" : "pl";
    }

    public record BlockLink(String slug, String title, String titleEn, String areaSlug, long solutions) {
        public String title(Locale locale) {
            return pick(title, titleEn, locale);
        }
    }

    /** {@code summaryEn}: a short English summary for readers of the English version (the description is Polish). */
    public record AreaSummary(long id, String slug, String title, String titleEn, String programmeCode,
            String description, List<BlockLink> blocks, long solutions, String summaryEn) {
        public String title(Locale locale) {
            return pick(title, titleEn, locale);
        }
    }

    public record SolutionCard(long id, String slug, String title, String titleEn, String summary, Status status,
            Instant publishedAt, String groupCode, String summaryEn) {
        public String title(Locale locale) {
            return pick(title, titleEn, locale);
        }

        public String summary(Locale locale) {
            return pick(summary, summaryEn, locale);
        }

        /** The language the summary shown to this reader is written in, for its {@code lang} attribute. */
        public String summaryLanguage(Locale locale) {
            return languageOf(summaryEn, locale);
        }
    }

    public record Group(String code, String title, String goal) {
    }

    public record Contact(String name, String organisation, String email) {
        public boolean isEmpty() {
            return name == null && organisation == null && email == null;
        }
    }

    public record BlockPage(long id, String slug, String title, String titleEn, BlockLink area, String areaTitle,
            String introduction, List<String> problemsText, List<String> benefits, String details, String howToUse,
            Contact coordinator, Map<Vocabulary, List<String>> terms, List<BlockLink> related, List<Group> groups,
            List<SolutionCard> solutions, String summaryEn) {
        public String title(Locale locale) {
            return pick(title, titleEn, locale);
        }

        public List<String> terms(Vocabulary v) {
            return terms.getOrDefault(v, List.of());
        }
    }

    public record Result(String label, BigDecimal amount, String unit) {
    }

    public record Component(String name, String usage) {
    }

    public record FileItem(long id, String title, FileKind kind, String fileName, String mediaType, long sizeBytes,
            int pages, String language, String extractionStatus, long downloads) {
    }

    public record Organisation(String slug, String name, String website, String contact) {
    }

    public record Project(String slug, String title, String programmeCode, LocalDate from, LocalDate to,
            Organisation implementer, List<Organisation> partners) {
    }

    public record Verification(String result, LocalDate date, String by) {
    }

    public record SolutionPage(long id, String slug, String title, String titleEn, String summary, String goal,
            String description, Status status, String programmeCode, LocalDate periodFrom, LocalDate periodTo,
            String language, String licence, List<String> keywords, Contact contact, Verification verification,
            Instant publishedAt, Instant updatedAt, List<BlockLink> blocks, Group group,
            Map<Vocabulary, List<String>> terms, Project project, List<Organisation> partners, List<Result> results,
            List<Component> components, List<SolutionCard> related, List<SolutionCard> sameGroup,
            List<FileItem> files, String summaryEn) {
        public String title(Locale locale) {
            return pick(title, titleEn, locale);
        }

        public String summary(Locale locale) {
            return pick(summary, summaryEn, locale);
        }

        public String summaryLanguage(Locale locale) {
            return languageOf(summaryEn, locale);
        }

        public List<String> terms(Vocabulary v) {
            return terms.getOrDefault(v, List.of());
        }
    }

    /** A file to send: only ever looked up by the id in the URL, and only for a public solution. */
    public record Download(long id, long solutionId, String fileName, String sha256, String mediaType, long sizeBytes) {
    }
}
