package pl.innowacje.katalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import pl.innowacje.katalog.catalog.ChangeLog;

/** Where the index resumes from when change-log ids commit out of order or never. */
class LogCursorTest {

    private static final Instant T0 = Instant.parse("2026-12-04T12:00:00Z");

    private final LogCursor cursor = new LogCursor(Duration.ofSeconds(30));

    private static ChangeLog.Change change(long id, Instant at) {
        return new ChangeLog.Change(id, ChangeLog.Entity.SOLUTION, id * 10, at);
    }

    @Test
    void changesInOrderRaiseTheFloorToTheLast() {
        cursor.reset(4);
        cursor.applied(List.of(change(5, T0), change(6, T0)), T0);

        assertThat(cursor.floor()).isEqualTo(6);
        assertThat(cursor.seen()).isEqualTo(6);
        assertThat(cursor.waiting()).isFalse();
    }

    @Test
    void aChangeAboveAMissingIdIsAppliedButTheFloorWaitsBelowTheGap() {
        cursor.reset(4);
        cursor.applied(List.of(change(5, T0), change(8, T0)), T0);

        assertThat(cursor.floor()).isEqualTo(5);
        assertThat(cursor.seen()).isEqualTo(8);
        assertThat(cursor.waiting()).isTrue();
        assertThat(cursor.known(8)).isTrue();
        assertThat(cursor.known(6)).isFalse();
        // What was seen shows, gaps or not: readiness does not wait for ids that may never commit.
        assertThat(cursor.shownUpTo()).isEqualTo(8);
    }

    @Test
    void missingIdsThatTurnUpCloseTheGap() {
        cursor.reset(4);
        cursor.applied(List.of(change(5, T0), change(8, T0)), T0);
        cursor.applied(List.of(change(7, T0.plusSeconds(1)), change(6, T0.plusSeconds(1))), T0.plusSeconds(2));

        assertThat(cursor.floor()).isEqualTo(8);
        assertThat(cursor.waiting()).isFalse();
    }

    @Test
    void aGapIsGivenUpOnceTheChangeAboveItIsOlderThanThePatience() {
        cursor.reset(4);
        cursor.applied(List.of(change(7, T0)), T0);
        cursor.applied(List.of(), T0.plusSeconds(29));
        assertThat(cursor.floor()).isEqualTo(4);

        cursor.applied(List.of(), T0.plusSeconds(31));
        assertThat(cursor.floor()).isEqualTo(7);
        assertThat(cursor.waiting()).isFalse();
    }

    @Test
    void aResetForgetsWhatWasAppliedAbove() {
        cursor.applied(List.of(change(3, T0)), T0);
        cursor.reset(10);

        assertThat(cursor.floor()).isEqualTo(10);
        assertThat(cursor.seen()).isEqualTo(10);
        assertThat(cursor.waiting()).isFalse();
    }

    @Test
    void aChangeInProgressHoldsTheFloorBelowItHoweverOldItIs() {
        cursor.reset(4);
        cursor.inProgress(List.of(change(5, T0)));
        cursor.applied(List.of(change(6, T0)), T0.plusSeconds(300));

        assertThat(cursor.floor()).isEqualTo(4);
        assertThat(cursor.known(5)).isTrue();
        assertThat(cursor.seen()).isEqualTo(6);
        assertThat(cursor.shownUpTo()).isEqualTo(4);

        cursor.applied(List.of(change(5, T0)), T0.plusSeconds(301));
        assertThat(cursor.floor()).isEqualTo(6);
    }

    @Test
    void aChangeWhoseApplyingFailedIsMissingAgainSoTheNextRoundRetriesIt() {
        cursor.reset(4);
        cursor.inProgress(List.of(change(5, T0)));
        cursor.failed(List.of(change(5, T0)));

        assertThat(cursor.known(5)).isFalse();
        assertThat(cursor.waiting()).isTrue();
        assertThat(cursor.floor()).isEqualTo(4);
    }
}
