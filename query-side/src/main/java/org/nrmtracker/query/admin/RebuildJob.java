package org.nrmtracker.query.admin;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.query.referral.ReferralReadModels;
import org.nrmtracker.query.referral.ReferralRecordFolding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Rebuilds the read models from the event store beside the live ones, then swaps them in.
 * <ol>
 * <li>Replay every event from the tail into a new model while the live processors keep going.</li>
 * <li>Stop the live processors; replay on to the head. Bring the live models up to that same
 * event by re-applying everything from their slowest segment on: projections are idempotent, so
 * events a segment had already handled change nothing.</li>
 * <li>Count the referrals whose records differ, swap the new models in, point every segment's
 * token at the rebuild's final position, and restart the processors.</li>
 * </ol>
 * Tokens are written directly rather than through {@code resetTokens}: no ReplayToken is involved,
 * so Axon 4.13's replay defects (notes/axon-mongo-spike.md §6) cannot touch a rebuild, and the
 * live models are never wiped by a reset handler while they answer.
 */
@Component
class RebuildJob {

    private static final Logger log = LoggerFactory.getLogger(RebuildJob.class);

    private final EventStorageEngine eventStore;
    private final EventProcessingConfiguration processing;
    private final ReferralReadModels readModels;

    RebuildJob(EventStorageEngine eventStore, EventProcessingConfiguration processing, ReferralReadModels readModels) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.readModels = readModels;
    }

    void run(RebuildProgress progress) {
        List<StreamingEventProcessor> stopped = new ArrayList<>();
        try {
            ReferralReadModels.Rebuilt rebuilt = readModels.newModel();
            progress.expect(headPosition());
            long[] count = {0};
            TrackingToken position = replay(eventStore.createTailToken(), event -> {
                apply(event, rebuilt::apply);
                progress.processed(++count[0]);
            });
            log.info("Rebuild {}: {} events replayed beside the live models; stopping the live processors",
                    progress.id(), count[0]);

            for (String group : ReferralReadModels.PROCESSING_GROUPS) {
                StreamingEventProcessor processor = processing.eventProcessor(group, StreamingEventProcessor.class)
                        .orElseThrow(() -> new IllegalStateException("No processor " + group));
                processor.shutDown();
                stopped.add(processor);
            }
            TrackingToken liveSlowest = slowestLiveToken();
            progress.expect(headPosition());
            TrackingToken end = replay(position, event -> {
                apply(event, rebuilt::apply);
                progress.processed(++count[0]);
            });
            catchUpLiveModels(liveSlowest, end);

            long differences = readModels.differences(rebuilt);
            readModels.swap(rebuilt, progress.id());
            pointTokensAt(end);
            progress.completed(differences);
            log.info("Rebuild {} completed: {} events, {} referral records differed", progress.id(), count[0],
                    differences);
        } catch (RuntimeException e) {
            log.error("Rebuild {} failed: {}", progress.id(), e.toString(), e);
            progress.failed();
        } finally {
            stopped.forEach(StreamingEventProcessor::start);
        }
    }

    /** Reads from {@code from} until the store has nothing newer, and returns the last position. */
    private TrackingToken replay(TrackingToken from, Consumer<TrackedEventMessage<?>> handler) {
        TrackingToken[] last = {from};
        try (Stream<? extends TrackedEventMessage<?>> events = eventStore.readEvents(from, false)) {
            events.forEachOrdered(event -> {
                handler.accept(event);
                last[0] = event.trackingToken();
            });
        }
        return last[0];
    }

    private void catchUpLiveModels(TrackingToken liveSlowest, TrackingToken end) {
        try (Stream<? extends TrackedEventMessage<?>> events = eventStore.readEvents(liveSlowest, false)) {
            events.filter(event -> end != null && end.covers(event.trackingToken()))
                    .forEach(event -> apply(event, readModels::applyToLive));
        }
    }

    private TrackingToken slowestLiveToken() {
        TrackingToken slowest = null;
        boolean first = true;
        for (String group : ReferralReadModels.PROCESSING_GROUPS) {
            TokenStore tokens = processing.tokenStore(group);
            for (int segment : tokens.fetchSegments(group)) {
                TrackingToken token = tokens.fetchToken(group, segment);
                tokens.releaseClaim(group, segment);
                slowest = first ? token : (slowest == null || token == null ? null : slowest.lowerBound(token));
                first = false;
            }
        }
        return slowest;
    }

    private void pointTokensAt(TrackingToken end) {
        for (String group : ReferralReadModels.PROCESSING_GROUPS) {
            TokenStore tokens = processing.tokenStore(group);
            for (int segment : tokens.fetchSegments(group)) {
                tokens.storeToken(end, group, segment);
                tokens.releaseClaim(group, segment);
            }
        }
    }

    private long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0L);
    }

    private interface Application {
        void apply(ReferralEvent event, long sequence, Instant recordedAt, String organisation);
    }

    private static void apply(TrackedEventMessage<?> event, Application application) {
        if (event.getPayload() instanceof ReferralEvent referralEvent && event instanceof DomainEventMessage<?> domain) {
            Object organisation = event.getMetaData().get(ReferralRecordFolding.ORGANISATION);
            application.apply(referralEvent, domain.getSequenceNumber(), event.getTimestamp(),
                    organisation instanceof String text ? text : null);
        }
    }
}
