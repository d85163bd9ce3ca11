package pl.innowacje.katalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pl.innowacje.katalog.catalog.SolutionSnapshot;
import pl.innowacje.katalog.catalog.Status;
import pl.innowacje.katalog.catalog.Vocabularies;
import pl.innowacje.katalog.catalog.Vocabulary;

/**
 * The index remembers, with its documents, how far into the change log it got and which schema built it; a solution
 * analysed apart replaces its older documents exactly.
 */
class SearchIndexTest {

    @Test
    void aReopenedIndexKnowsTheLastAppliedChange(@TempDir Path dir) throws Exception {
        Vocabularies vocabularies = mock(Vocabularies.class);
        SearchIndex first = new SearchIndex(FSDirectory.open(dir), Fields.Weights.standard(), vocabularies, s -> s);
        assertThat(first.needsRebuild()).isTrue();
        assertThat(first.lastChange()).isEqualTo(-1);
        first.replace(List.of(1L), List.of(), Map.of());
        first.commit(42);
        first.destroy();

        SearchIndex reopened = new SearchIndex(FSDirectory.open(dir), Fields.Weights.standard(), vocabularies, s -> s);
        assertThat(reopened.lastChange()).isEqualTo(42);
        assertThat(reopened.needsRebuild()).isFalse();
        reopened.destroy();
    }

    @Test
    void aSolutionAnalysedApartReplacesItsOlderDocumentsExactly() throws Exception {
        SearchIndex index = SearchIndex.inMemory(Fields.Weights.standard(), mock(Vocabularies.class));
        SearchService search = new SearchService(index, block -> "praca");
        index.replace(List.of(7L, 8L), List.of(solution(7, "Konsultacje społeczne"), solution(8, "Partnerstwo gmin")),
                Map.of());
        index.commit(1);
        long documentsOfSeven = documents(index, 7);

        index.replaceApart(List.of(7L), List.of(solution(7, "Partnerstwo lokalne")), Map.of());
        index.commit(2);
        assertThat(documents(index, 7)).isEqualTo(documentsOfSeven);
        assertThat(search.search(new SearchRequest("konsultacje", 1, 10, SearchRequest.Sort.RELEVANCE, Map.of()))
                .total()).isZero();
        assertThat(search.search(new SearchRequest("partnerstwo", 1, 10, SearchRequest.Sort.RELEVANCE, Map.of()))
                .hits()).extracting(SearchResult.Hit::slug).containsExactlyInAnyOrder("s7", "s8");
        assertThat(search.search(new SearchRequest("", 1, 10, SearchRequest.Sort.RELEVANCE, Map.of())).facets()
                .get("user")).singleElement().satisfies(v -> assertThat(v.count()).isEqualTo(2));

        index.replaceApart(List.of(7L), List.of(), Map.of());
        index.commit(3);
        assertThat(documents(index, 7)).isZero();
        index.destroy();
    }

    private static long documents(SearchIndex index, long solutionId) throws Exception {
        return index.search((searcher, state) -> (long) searcher.count(new TermQuery(new Term(Fields.SOLUTION_ID,
                Long.toString(solutionId)))));
    }

    private static SolutionSnapshot solution(long id, String title) {
        return new SolutionSnapshot(id, "s" + id, title, null, "Opis rozwiązania " + id + ".", null, null,
                Status.PUBLISHED, "POKL", Instant.parse("2015-01-01T00:00:00Z"), Instant.now(),
                List.of(new SolutionSnapshot.BlockRef("praca", "Rynek pracy", "zatrudnienie", "Zatrudnienie")),
                Map.of(Vocabulary.USER, List.of("PUP")), List.of(), List.of(), 2015, 2016);
    }
}
