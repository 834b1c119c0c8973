package org.nrmtracker.query.reads;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.nrmtracker.kernel.eventstore.SequencedMongoEventStorageEngine;
import org.nrmtracker.query.referral.InMemoryCatchUp;
import org.nrmtracker.query.referral.ReferralReadModels;
import org.nrmtracker.query.referral.StreamShares;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far each read model has got: the global position at or below which it holds every event (docs/api.md §1).
 * A read model's comes from its processor's tracking tokens, taking their gaps into account: an index below the
 * token's that is still a gap (a commit in flight) is not in the model yet. Every segment must be counted, so a
 * processor that is stopped (a rebuild) or shares its segments with another instance has got nowhere that this
 * instance can vouch for: 0.
 */
@Component
public class ReadPositions {

    /** How often a waiting read looks again; a tracker polls the store every 100 ms when idle. */
    private static final Duration POLL = Duration.ofMillis(10);

    private final EventProcessingConfiguration processing;
    private final InMemoryCatchUp catchUp;
    private final EventStorageEngine store;
    /** Looked up once: Axon builds a map of every processor on each lookup, and processors are never replaced. */
    private final Map<String, StreamingEventProcessor> processors = new ConcurrentHashMap<>();

    ReadPositions(EventProcessingConfiguration processing, InMemoryCatchUp catchUp, EventStorageEngine store) {
        this.processing = processing;
        this.catchUp = catchUp;
        this.store = store;
    }

    public long of(ReadModel model) {
        return switch (model) {
            case ALL_REFERRALS -> ofProcessor(ReferralReadModels.IN_MEMORY_GROUP);
            // a single referral comes from either model, whichever the view picks as it reads (the in-memory one once
            // caught up, which does not mean it holds the newest event yet): both must hold what this position says
            case ONE_REFERRAL -> catchUp.caughtUp() ? Math.min(ofProcessor(ReferralReadModels.IN_MEMORY_GROUP),
                    ofProcessor(ReferralReadModels.DURABLE_GROUP)) : ofProcessor(ReferralReadModels.DURABLE_GROUP);
            case EVENT_STORE -> ((SequencedMongoEventStorageEngine) store).completePosition();
        };
    }

    /**
     * The model's position once it is at {@code minPosition} or beyond, looking again every few milliseconds (the
     * request's thread sleeps meanwhile).
     *
     * @throws PositionNotReached when it is not there within {@code wait}
     */
    public long await(ReadModel model, long minPosition, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        long position = of(model);
        while (position < minPosition) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new PositionNotReached(minPosition, position);
            }
            try {
                Thread.sleep(Math.max(1, Math.min(POLL.toMillis(), Duration.ofNanos(left).toMillis())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PositionNotReached(minPosition, position);
            }
            position = of(model);
        }
        return position;
    }

    private long ofProcessor(String group) {
        StreamingEventProcessor processor = processors.computeIfAbsent(group, name ->
                processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow());
        return processor.isRunning() ? covered(processor.processingStatus().values()) : 0;
    }

    /** The lowest position every segment has covered; 0 unless the segments together are all of the stream. */
    static long covered(Collection<EventTrackerStatus> statuses) {
        if (statuses.stream().anyMatch(EventTrackerStatus::isErrorState) || !StreamShares.whole(statuses, s -> true)) {
            return 0;
        }
        return statuses.stream().mapToLong(status -> coveredBy(status.getTrackingToken())).min().orElse(0);
    }

    /** Every event at or below this position has been handled under the token. */
    static long coveredBy(TrackingToken token) {
        TrackingToken plain = WrappedToken.unwrapLowerBound(token);
        if (plain instanceof GapAwareTrackingToken gapAware) {
            return gapAware.hasGaps() ? gapAware.getGaps().first() - 1 : gapAware.getIndex();
        }
        return 0;
    }
}
