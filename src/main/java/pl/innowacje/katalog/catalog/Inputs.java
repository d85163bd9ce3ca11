package pl.innowacje.katalog.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What writers hand to the catalogue. Each carries a {@code sourceHash}: when it equals the stored one the record is
 * left alone, which makes loading the same content twice a no-op.
 */
public final class Inputs {

    private Inputs() {
    }

    public record Term(Vocabulary vocabulary, String code, String labelPl, String labelEn, String parentCode,
            String level, int order) {
    }

    public record Organisation(String slug, String name, String type, String regionCode, String website,
            List<String> competences, String contact, String sourceHash) {
    }

    public record Project(String slug, String title, String programmeCode, String implementerSlug,
            List<String> partnerSlugs, LocalDate from, LocalDate to, String website, String sourceHash) {
    }

    public record Area(String slug, String title, String titleEn, String summaryEn, String programmeCode,
            String description, int order, String sourceHash) {
    }

    public record Contact(String name, String organisation, String email) {
    }

    public record Group(String code, String title, String goal) {
    }

    public record Block(String slug, String areaSlug, String title, String titleEn, String summaryEn,
            String introduction,
            List<String> problemsText, List<String> benefits, String details, String howToUse, Contact coordinator,
            Map<Vocabulary, List<String>> terms, List<String> relatedBlockSlugs, List<Group> groups, int order,
            String sourceHash) {
    }

    public record Result(String label, BigDecimal amount, String unit) {
    }

    public record Component(String name, String usage) {
    }

    public record Verification(String result, LocalDate date, String by) {
    }

    /** A file of a solution; {@code id} names an existing one (kept with its URL and count), null a new one. */
    public record File(Long id, String title, FileKind kind, String fileName, String sha256) {
    }

    public record Solution(String slug, String title, String titleEn, String summary, String summaryEn, String goal,
            String description,
            Status status, String programmeCode, String projectSlug, String primaryBlockSlug,
            List<String> extraBlockSlugs, String groupCode, LocalDate periodFrom, LocalDate periodTo, String language,
            String licence, List<String> keywords, Contact contact, Verification verification,
            Map<Vocabulary, List<String>> terms, List<String> partnerSlugs, List<Result> results,
            List<Component> components, List<String> relatedSlugs, List<File> files, String sourceHash) {
    }

    public record News(String slug, String title, LocalDate date, String body, String blockSlug, String projectSlug,
            String sourceHash) {
    }
}
