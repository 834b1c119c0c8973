package org.nrmtracker.query.referral;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;

import java.util.Collection;
import java.util.function.Predicate;

/**
 * How much of the event stream a read model's segments hold: a processor splits the stream into segments by mask,
 * so each holds an exact fraction of it (1/2, 1/4…), and segments held by this instance, another instance or
 * nobody add up to the whole. The in-memory model's catch-up, readiness and read positions all ask this.
 */
public final class StreamShares {

    public static double of(Segment segment) {
        return 1.0 / (segment.getMask() + 1);
    }

    /** Whether the segments whose status passes {@code test} are the whole stream between them. */
    public static boolean whole(Collection<EventTrackerStatus> statuses, Predicate<EventTrackerStatus> test) {
        return isWhole(statuses.stream().filter(test).mapToDouble(status -> of(status.getSegment())).sum());
    }

    /** The slowest segment's current position, 0 before it has one: how far the processor has got at least. */
    public static long slowestPosition(Collection<EventTrackerStatus> statuses) {
        return statuses.stream().map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(position -> position.orElse(0L)).min().orElse(0L);
    }

    public static boolean isWhole(double share) {
        return share >= 1.0;
    }

    private StreamShares() {
    }
}
