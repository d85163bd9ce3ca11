package pl.innowacje.katalog.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doNothing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import pl.innowacje.katalog.JourneyTestSupport;
import pl.innowacje.katalog.importing.ContentLoader;
import pl.innowacje.katalog.search.IndexFollower;
import pl.innowacje.katalog.search.SearchRequest;
import pl.innowacje.katalog.search.SearchResult;
import pl.innowacje.katalog.search.SearchService;
import pl.innowacje.katalog.system.CatalogueReadiness;

/**
 * Records first, handbooks after: the shipped catalogue loaded with its files stored unread is searchable by its
 * records at once, and each handbook's text, once read, reaches search through the change log. The background
 * reading is held back here (its wake-up does nothing) and run by the test, so each state can be looked at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"portal.content.load-on-start=false", "portal.content.records-first=true"})
class PendingReadsTest {

    /** Words only in the handbook of "Express do zatrudnienia" (the judged set's handbook-only group). */
    private static final String HANDBOOK_ONLY = "zasada trzech dni roboczych";

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        String dir = JourneyTestSupport.tempDataDir("pending-reads").toString();
        registry.add("portal.data-dir", () -> dir);
    }

    @MockitoSpyBean
    PendingReads pendingReads;

    @Autowired
    ContentLoader loader;

    @Autowired
    IndexFollower index;

    @Autowired
    SearchService search;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CatalogueReadiness readiness;

    @Test
    void recordsAreSearchableFirstAndEachHandbooksTextFollowsThroughTheChangeLog() throws Exception {
        doNothing().when(pendingReads).wake();
        assertThat(loader.load(Path.of("content")).rejections()).isEmpty();
        index.catchUp();

        assertThat(statuses()).containsOnlyKeys("PENDING");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM blob_page").query(Long.class).single()).isZero();
        // Every public record of the shipped catalogue: 18 published, 2 in development.
        assertThat(search.search(new SearchRequest("", 1, 10, SearchRequest.Sort.RELEVANCE, Map.of())).total())
                .isEqualTo(20);
        assertThat(fromAFile(search(HANDBOOK_ONLY))).isEmpty();
        long changesBefore = lastChange();

        pendingReads.readAll();
        index.catchUp();

        assertThat(statuses()).doesNotContainKey("PENDING");
        assertThat(lastChange()).isGreaterThan(changesBefore);
        assertThat(fromAFile(search(HANDBOOK_ONLY))).contains("express-do-zatrudnienia");
        assertThat(readiness.readingHandbooks()).isFalse();
    }

    private Map<String, Long> statuses() {
        Map<String, Long> out = new java.util.HashMap<>();
        jdbc.sql("SELECT extraction_status, COUNT(*) FROM stored_blob GROUP BY extraction_status")
                .query(rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                });
        return out;
    }

    private long lastChange() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM change_log").query(Long.class).single();
    }

    private List<SearchResult.Hit> search(String q) {
        return search.search(new SearchRequest(q, 1, 10, SearchRequest.Sort.RELEVANCE, Map.of())).hits();
    }

    /** The solutions found with a passage from one of their files. */
    private static List<String> fromAFile(List<SearchResult.Hit> hits) {
        return hits.stream().filter(h -> h.snippets().stream().anyMatch(s -> s.fileId() != null))
                .map(SearchResult.Hit::slug).toList();
    }
}
