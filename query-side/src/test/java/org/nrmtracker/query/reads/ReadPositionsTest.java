package org.nrmtracker.query.reads;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** How far a model has got, from its processor's segments and their tokens' gaps. */
class ReadPositionsTest {

    private static final Segment[] HALVES = Segment.splitBalanced(Segment.ROOT_SEGMENT, 1).toArray(Segment[]::new);

    @Test
    void aTokenCoversItsIndexUnlessAGapBelowItIsStillOpen() {
        assertThat(ReadPositions.coveredBy(GapAwareTrackingToken.newInstance(10, Set.of()))).isEqualTo(10);
        assertThat(ReadPositions.coveredBy(GapAwareTrackingToken.newInstance(10, Set.of(9L, 7L)))).isEqualTo(6);
        assertThat(ReadPositions.coveredBy(null)).isZero();
    }

    @Test
    void aReplayCoversOnlyWhatItHasReplayedSoFar() {
        TrackingToken replay = ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(100, Set.of()),
                GapAwareTrackingToken.newInstance(40, Set.of()));

        assertThat(ReadPositions.coveredBy(replay)).isEqualTo(40);
    }

    @Test
    void theModelIsAsFarAsItsSlowestSegmentAndNowhereWithoutAllOfThem() {
        EventTrackerStatus first = status(HALVES[0], 12, false);
        EventTrackerStatus second = status(HALVES[1], 9, false);

        assertThat(ReadPositions.covered(List.of(first, second))).isEqualTo(9);
        assertThat(ReadPositions.covered(List.of(first))).as("the other half is another instance's").isZero();
        assertThat(ReadPositions.covered(List.of())).isZero();
        assertThat(ReadPositions.covered(List.of(first, status(HALVES[1], 20, true)))).isZero();
    }

    private static EventTrackerStatus status(Segment segment, long index, boolean failing) {
        EventTrackerStatus status = mock(EventTrackerStatus.class);
        when(status.getSegment()).thenReturn(segment);
        when(status.getTrackingToken()).thenReturn(GapAwareTrackingToken.newInstance(index, Set.of()));
        when(status.isErrorState()).thenReturn(failing);
        return status;
    }
}
