package pl.innowacje.katalog.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import pl.innowacje.katalog.catalog.ChangeLog;

/** What both relevance checks share: asking the search as a person does, and waiting until the index is current. */
final class RelevanceChecks {

    private RelevanceChecks() {
    }

    /** The slugs of the first {@link RelevanceScores#DEPTH} hits, as the search page shows them: relevance, no filter. */
    static Function<String, List<String>> slugsOf(SearchService search) {
        return query -> search.search(new SearchRequest(query, 1, RelevanceScores.DEPTH, SearchRequest.Sort.RELEVANCE,
                Map.of())).hits().stream().map(SearchResult.Hit::slug).toList();
    }

    /**
     * Applies the change log until the index holds its last change, so every loaded solution is searchable. The
     * follower's own thread may be half-way through a batch (its change id recorded, the searcher not yet
     * refreshed); catchUp is synchronized with it, so the check comes only after a call has returned.
     */
    static void awaitIndex(IndexFollower follower, SearchIndex index, ChangeLog changeLog) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            follower.catchUp();
            if (index.lastChange() >= changeLog.lastId()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the index stayed at change " + index.lastChange()
                        + " while the log is at " + changeLog.lastId());
            }
            Thread.sleep(100);
        }
    }
}
