package pl.innowacje.katalog.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Everything the search index needs of one solution, read in one go. */
public record SolutionSnapshot(long id, String slug, String title, String titleEn, String summary, String goal,
        String description, Status status, String programmeCode, Instant publishedAt, Instant updatedAt,
        List<BlockRef> blocks, Map<Vocabulary, List<String>> terms, List<String> extraText,
        List<FileRef> files) {

    public record BlockRef(String slug, String title, String areaSlug, String areaTitle) {
    }

    public record FileRef(long id, String title, String fileName, String sha256, String mediaType,
            long downloadCount) {
    }

    public List<String> terms(Vocabulary vocabulary) {
        return terms.getOrDefault(vocabulary, List.of());
    }
}
