package org.nrmtracker.query.readiness;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a model's token holds every event the store held at its head (the head token lists as gaps the newest 100
 * indexes not stored yet).
 */
class HoldsAllUpToTest {

    private static final GapAwareTrackingToken HEAD = token(1_000, 998);

    @Test
    void aTokenAtTheHeadWithoutGapsHoldsItAll() {
        assertThat(ReadModelsComplete.holdsAllUpTo(token(1_000), HEAD)).isTrue();
        assertThat(ReadModelsComplete.holdsAllUpTo(token(1_200), HEAD)).isTrue();
    }

    @Test
    void aTokenBehindTheHeadDoesNot() {
        assertThat(ReadModelsComplete.holdsAllUpTo(token(999), HEAD)).isFalse();
        assertThat(ReadModelsComplete.holdsAllUpTo(null, HEAD)).isFalse();
    }

    @Test
    void aCommitStillInFlightAtTheHeadIsNotWaitedFor() {
        assertThat(ReadModelsComplete.holdsAllUpTo(token(1_000, 998), HEAD)).isTrue();
    }

    @Test
    void anEventStoredAtTheHeadButMissingFromTheModelIsWaitedFor() {
        assertThat(ReadModelsComplete.holdsAllUpTo(token(1_000, 950), HEAD)).isFalse();
        assertThat(ReadModelsComplete.holdsAllUpTo(token(1_000, 901), HEAD)).isFalse();
        assertThat(ReadModelsComplete.holdsAllUpTo(token(1_100, 1_000), HEAD)).isFalse();
    }

    @Test
    void aGapOlderThanTheHeadVouchesForIsAFailedCommitNotHeldAgainstTheModel() {
        assertThat(ReadModelsComplete.holdsAllUpTo(token(1_000, 900), HEAD)).isTrue();
        assertThat(ReadModelsComplete.holdsAllUpTo(token(1_000, 12, 998), HEAD)).isTrue();
    }

    @Test
    void gapsAfterTheHeadAreEventsTheModelNeedNotHold() {
        assertThat(ReadModelsComplete.holdsAllUpTo(token(1_100, 1_050), HEAD)).isTrue();
    }

    private static GapAwareTrackingToken token(long index, long... gaps) {
        return GapAwareTrackingToken.newInstance(index, Arrays.stream(gaps).boxed().toList());
    }
}
