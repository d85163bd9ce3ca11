package pl.innowacje.katalog.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Everything the search index needs of one solution, read in one go. */
public record SolutionSnapshot(long id, String slug, String title, String titleEn, String summary, String goal,
        String description, Status status, String programmeCode, Instant publishedAt, Instant updatedAt,
        List<BlockRef> blocks, Map<Vocabulary, List<String>> terms, List<String> extraText,
        List<FileRef> files, Integer yearFrom, Integer yearTo) {

    /** A solution without a known period. */
    public SolutionSnapshot(long id, String slug, String title, String titleEn, String summary, String goal,
            String description, Status status, String programmeCode, Instant publishedAt, Instant updatedAt,
            List<BlockRef> blocks, Map<Vocabulary, List<String>> terms, List<String> extraText,
            List<FileRef> files) {
        this(id, slug, title, titleEn, summary, goal, description, status, programmeCode, publishedAt, updatedAt,
                blocks, terms, extraText, files, null, null);
    }

    /** The years of the period, at most the last 30 of a long one; empty when the period is not known. */
    public List<Integer> years() {
        if (yearFrom == null && yearTo == null) {
            return List.of();
        }
        int to = yearTo == null ? yearFrom : yearTo;
        int from = yearFrom == null ? to : Math.max(yearFrom, to - 29);
        return java.util.stream.IntStream.rangeClosed(Math.min(from, to), to).boxed().toList();
    }

    public record BlockRef(String slug, String title, String areaSlug, String areaTitle) {
    }

    public record FileRef(long id, String title, String fileName, String sha256, String mediaType,
            long downloadCount) {
    }

    public List<String> terms(Vocabulary vocabulary) {
        return terms.getOrDefault(vocabulary, List.of());
    }
}
