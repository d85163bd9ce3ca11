package pl.innowacje.katalog.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CatalogueReadinessTest {

    private final CatalogueReadiness readiness = new CatalogueReadiness();
    private final List<String> ran = new ArrayList<>();

    @Test
    void staysLoadingUntilTheIndexHoldsEveryChangeTheContentLoadMade() {
        readiness.indexReady();
        readiness.contentLoaded(124);
        assertThat(readiness.loading()).isTrue();
        assertThat(readiness.health().getDetails()).containsEntry("content", "indexing");

        readiness.indexedUpTo(123);
        assertThat(readiness.loading()).isTrue();

        readiness.indexedUpTo(130);
        assertThat(readiness.loading()).isFalse();
        assertThat(readiness.health().getDetails()).containsEntry("content", "loaded");
    }

    @Test
    void anIndexAlreadyPastTheLoadIsNotSetBackByAnOlderFigure() {
        readiness.indexReady();
        readiness.indexedUpTo(50);
        readiness.indexedUpTo(10);
        readiness.contentLoaded(40);
        assertThat(readiness.loading()).isFalse();
    }

    @Test
    void workWaitingForTheCatalogueRunsOnceWhenItIsServedAndAtOnceAfterwards() {
        readiness.whenServing(() -> ran.add("handbooks"));
        readiness.whenServing(() -> ran.add("workers"));
        readiness.indexReady();
        readiness.contentLoaded(7);
        assertThat(ran).isEmpty();

        readiness.indexedUpTo(7);
        assertThat(ran).containsExactly("handbooks", "workers");
        readiness.indexedUpTo(8);
        assertThat(ran).hasSize(2);

        readiness.whenServing(() -> ran.add("later"));
        assertThat(ran).containsExactly("handbooks", "workers", "later");
    }
}
