package pl.innowacje.katalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pl.innowacje.katalog.catalog.Vocabularies;

/** The index remembers, with its documents, how far into the change log it got and which schema built it. */
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
}
