package org.nrmtracker.query.referral;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackerStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory model answers single referrals only once every part of the stream has been read. */
class InMemoryCatchUpTest {

    private static final Segment[] HALVES = Segment.ROOT_SEGMENT.split();
    private static final Segment[] QUARTERS = HALVES[0].split();

    @Test
    void theWholeStreamCaughtUpCovers() {
        assertThat(InMemoryCatchUp.coversEverySegment(List.of(caughtUp(Segment.ROOT_SEGMENT)))).isTrue();
        assertThat(InMemoryCatchUp.coversEverySegment(List.of(caughtUp(HALVES[0]), caughtUp(HALVES[1])))).isTrue();
        assertThat(InMemoryCatchUp.coversEverySegment(
                List.of(caughtUp(QUARTERS[0]), caughtUp(QUARTERS[1]), caughtUp(HALVES[1])))).isTrue();
    }

    @Test
    void aSegmentNotYetClaimedOrStillReadingDoesNotCover() {
        assertThat(InMemoryCatchUp.coversEverySegment(List.of())).isFalse();
        assertThat(InMemoryCatchUp.coversEverySegment(List.of(caughtUp(HALVES[0])))).isFalse();
        assertThat(InMemoryCatchUp.coversEverySegment(List.of(caughtUp(HALVES[0]), reading(HALVES[1])))).isFalse();
        assertThat(InMemoryCatchUp.coversEverySegment(
                List.of(caughtUp(QUARTERS[0]), reading(QUARTERS[1]), caughtUp(HALVES[1])))).isFalse();
    }

    @Test
    void aSegmentInErrorDoesNotCover() {
        EventTrackerStatus failed = new TrackerStatus(HALVES[1], true, token(), new IllegalStateException("failed"));
        assertThat(InMemoryCatchUp.coversEverySegment(List.of(caughtUp(HALVES[0]), failed))).isFalse();
    }

    private static EventTrackerStatus caughtUp(Segment segment) {
        return new TrackerStatus(segment, true, token(), null);
    }

    private static EventTrackerStatus reading(Segment segment) {
        return new TrackerStatus(segment, false, token(), null);
    }

    private static GlobalSequenceTrackingToken token() {
        return new GlobalSequenceTrackingToken(7);
    }
}
