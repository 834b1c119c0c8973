package org.nrmtracker.query.admin;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.nrmtracker.query.referral.ProcessorStarts;
import org.nrmtracker.query.referral.ReferralReadModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * When the store holds {@code threshold} events or more, builds the read models whose processors started from the
 * tail ({@link ProcessorStarts}) in one pass over the store, instead of leaving the processors to replay every
 * event through Axon's per-event machinery (most of the replay's time, measured): the in-memory model at every
 * start, {@code referral_records} on a new deployment. Their processors are stopped while the models are built,
 * then go on from the last event read: a model is replaced whole, and until the in-memory one is back, single
 * referrals are read from {@code referral_records}. A failed build leaves the processors to replay as before
 * (projections are idempotent). Runs on the rebuilds' thread, so never beside a rebuild.
 */
@Component
class StartUpBuild {

    /** Built models: the processing groups and the events read. */
    record Built(List<String> groups, long events) {
    }

    private static final Logger log = LoggerFactory.getLogger(StartUpBuild.class);

    private final EventStoreReads events;
    private final ProcessorTokens tokens;
    private final ReferralReadModels readModels;
    private final ProjectionRebuilds rebuilds;
    private final ProcessorStarts starts;
    private final long threshold;
    private volatile Built built;

    StartUpBuild(EventStoreReads events, ProcessorTokens tokens, ReferralReadModels readModels,
                 ProjectionRebuilds rebuilds, ProcessorStarts starts,
                 @Value("${nrm.projections.start-up-build-threshold}") long threshold) {
        this.events = events;
        this.tokens = tokens;
        this.readModels = readModels;
        this.rebuilds = rebuilds;
        this.starts = starts;
        this.threshold = threshold;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        rebuilds.runAlone(this::run);
    }

    /** What the build at start built; empty when the store was too small, or while it runs. */
    Optional<Built> built() {
        return Optional.ofNullable(built);
    }

    void run() {
        List<StreamingEventProcessor> stopped = new ArrayList<>();
        try {
            long head = events.headPosition();
            if (head < threshold) {
                return;
            }
            List<String> groups = ReferralReadModels.PROCESSING_GROUPS.stream()
                    .filter(starts::startedFromTheTail).toList();
            if (groups.isEmpty()) {
                return;
            }
            for (String group : groups) {
                StreamingEventProcessor processor = tokens.processor(group);
                processor.shutDown();
                stopped.add(processor);
            }
            log.info("Building {} in one pass over the event store ({} events stored)", groups, head);
            ReferralReadModels.Rebuilt rebuilt = readModels.newModel();
            long[] count = {0};
            TrackingToken end = events.replay(events.tail(), event -> {
                EventStoreReads.apply(event, rebuilt::apply);
                count[0]++;
            });
            if (groups.contains(ReferralReadModels.IN_MEMORY_GROUP)) {
                readModels.replaceInMemory(rebuilt);
            }
            if (groups.contains(ReferralReadModels.DURABLE_GROUP)) {
                readModels.replaceDurable(rebuilt, UUID.randomUUID().toString());
            }
            tokens.pointAt(end, groups);
            built = new Built(List.copyOf(groups), count[0]);
            log.info("Built {} from {} events ({} referrals); their processors go on from there", groups, count[0],
                    rebuilt.size());
        } catch (RuntimeException e) {
            log.error("The build at start failed ({}); the processors replay the event store instead", e.toString(), e);
        } finally {
            stopped.forEach(StreamingEventProcessor::start);
        }
    }
}
