package pl.innowacje.katalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import pl.innowacje.katalog.JourneyTestSupport;
import pl.innowacje.katalog.catalog.ChangeLog;
import pl.innowacje.katalog.catalog.SolutionSnapshot;
import pl.innowacje.katalog.catalog.SolutionSnapshots;
import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.files.StoredFiles;

/**
 * The relevance check on the shipped catalogue: the judged queries of relevance/catalogue.tsv (abbreviations, word
 * families, typos, missing diacritics, long queries, sentences from inside handbooks, English), asked of the portal's
 * own search as it runs (the index the change log fed from content/). It prints recall@3 and MRR per group and fails
 * when a group or the whole set falls below its floor. Beside it, for comparison only, the same set against in-memory
 * indexes built with the alternative analysis chains the chosen one was measured against.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class RelevanceCheckTest {

    static final String JUDGED = "relevance/catalogue.tsv";

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        String dir = JourneyTestSupport.tempDataDir("relevance").toString();
        registry.add("portal.data-dir", () -> dir);
    }

    @Autowired
    SearchService search;

    @Autowired
    SearchIndex index;

    @Autowired
    IndexFollower follower;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    SolutionSnapshots snapshots;

    @Autowired
    StoredFiles files;

    @Autowired
    Vocabularies vocabularies;

    @Autowired
    Synonyms synonyms;

    @Test
    void theSearchInUseFindsWhatPeopleLookFor() throws Exception {
        JudgedSet set = JudgedSet.read(JUDGED);
        List<SolutionSnapshot> all = snapshots.load(snapshots.ids(0, 10_000));
        Set<String> publicSlugs = all.stream().filter(s -> s.status().isPublic()).map(SolutionSnapshot::slug)
                .collect(Collectors.toSet());
        assertThat(publicSlugs).as("slugs the judged set expects must be public solutions of content/")
                .containsAll(set.expectedSlugs());
        RelevanceChecks.awaitIndex(follower, index, changeLog);

        RelevanceScores inUse = RelevanceScores.measure(set, RelevanceChecks.slugsOf(search));
        System.out.print(inUse.table("Relevance check, shipped catalogue, search in use"));
        System.out.print(inUse.notFirst());
        printAlternatives(set, all);

        assertThat(inUse.belowFloors()).as("groups below their floors").isEmpty();
    }

    /**
     * The analysis chains and word-family methods the ones in use were chosen against, each on its own in-memory
     * index of the same records, with the same thesaurus. The first is the chain in use, as a check on the others.
     */
    private void printAlternatives(JudgedSet set, List<SolutionSnapshot> all) throws Exception {
        Map<String, Fields.Weights> chains = new LinkedHashMap<>();
        chains.put("morfologik+exact+folded (standard weights)", Fields.Weights.standard());
        chains.put("standard, word families by derivation rules", Fields.Weights.standard().withFamily(
                WordFamily.Method.RULES));
        chains.put("standard, no word families", Fields.Weights.standard().withFamily(WordFamily.Method.NONE));
        chains.put("stempel+exact+folded", Fields.Weights.of(List.of(PolishAnalysis.Kind.STEMPEL,
                PolishAnalysis.Kind.EXACT, PolishAnalysis.Kind.FOLDED), new float[] {3, 4, 2},
                new float[] {1, 1.3f, 0.7f}, new float[] {1, 1.3f, 0.7f}));
        chains.put("morfologik+exact (no folding)", Fields.Weights.of(List.of(PolishAnalysis.Kind.LEMMA,
                PolishAnalysis.Kind.EXACT), new float[] {3, 4}, new float[] {1, 1.3f}, new float[] {1, 1.3f}));
        chains.put("morfologik only", Fields.Weights.of(List.of(PolishAnalysis.Kind.LEMMA), new float[] {3},
                new float[] {1}, new float[] {1}));
        chains.put("standard, handbooks at 0.3 of record weight", Fields.Weights.of(List.of(
                PolishAnalysis.Kind.LEMMA, PolishAnalysis.Kind.EXACT, PolishAnalysis.Kind.FOLDED),
                new float[] {3, 4, 2}, new float[] {1, 1.3f, 0.7f}, new float[] {0.3f, 0.4f, 0.2f}));
        chains.put("standard, handbooks at 0.6 of record weight", Fields.Weights.of(List.of(
                PolishAnalysis.Kind.LEMMA, PolishAnalysis.Kind.EXACT, PolishAnalysis.Kind.FOLDED),
                new float[] {3, 4, 2}, new float[] {1, 1.3f, 0.7f}, new float[] {0.6f, 0.8f, 0.4f}));
        Map<String, List<String>> pages = files.pages(all.stream().flatMap(s -> s.files().stream())
                .map(SolutionSnapshot.FileRef::sha256).toList());
        List<Long> ids = all.stream().map(SolutionSnapshot::id).toList();
        System.out.println("  alternative chains, in-memory indexes of the same records (recall@3/MRR):");
        for (Map.Entry<String, Fields.Weights> chain : chains.entrySet()) {
            SearchIndex alternative = SearchIndex.inMemory(chain.getValue(), vocabularies);
            try {
                alternative.replace(ids, all, pages);
                alternative.commit(1);
                System.out.println(RelevanceScores.measure(set, RelevanceChecks.slugsOf(
                        new SearchService(alternative, block -> null, synonyms))).line(chain.getKey()));
            } finally {
                alternative.destroy();
            }
        }
    }
}
