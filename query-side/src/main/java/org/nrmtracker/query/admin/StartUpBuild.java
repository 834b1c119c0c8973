package org.nrmtracker.query.admin;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.nrmtracker.query.referral.ProcessorStarts;
import org.nrmtracker.query.referral.ReferralReadModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When the store holds {@code threshold} events or more (by its head position), builds the read models whose
 * processors started from the tail ({@link ProcessorStarts}) in one pass over the store, instead of leaving the
 * processors to replay every event through Axon's per-event machinery (most of the replay's time, measured): the
 * in-memory model at every start, {@code referral_records} on a new deployment. The in-memory model alone starts from
 * its latest snapshot ({@link InMemorySnapshotSchedule}) and reads only the events after it, so that a restart
 * grows with the referrals rather than the events. Their processors are stopped while
 * the models are built, then go on from the last event read. The in-memory model is replaced whole (until then,
 * single referrals are read from {@code referral_records}, which on a new deployment is itself still filling);
 * {@code referral_records} is written as the projection writes it, merged into each document, so that another
 * instance's processor writing it meanwhile loses nothing, and only segments this instance can claim move on.
 * A failed build leaves the processors to go on from where they were stopped (projections are idempotent). Runs on
 * the rebuilds' thread, so never beside a rebuild. How far it has read is told by {@link StartUpBuildProgress}; a
 * finished build is announced as {@link ReadModelsBuilt}.
 */
@Component
class StartUpBuild {

    private static final Logger log = LoggerFactory.getLogger(StartUpBuild.class);
    private static final String IN_MEMORY = ReferralReadModels.IN_MEMORY_GROUP;
    private static final String DURABLE = ReferralReadModels.DURABLE_GROUP;

    private final EventStoreReads events;
    private final ProcessorTokens tokens;
    private final ReferralReadModels readModels;
    private final ProjectionRebuilds rebuilds;
    private final ProcessorStarts starts;
    private final long threshold;
    private final ApplicationEventPublisher publisher;
    private final StartUpBuildProgress progress;
    private volatile boolean closing;

    StartUpBuild(EventStoreReads events, ProcessorTokens tokens, ReferralReadModels readModels,
                 ProjectionRebuilds rebuilds, ProcessorStarts starts,
                 @Value("${nrm.projections.start-up-build-threshold}") long threshold,
                 ApplicationEventPublisher publisher, StartUpBuildProgress progress) {
        this.events = events;
        this.tokens = tokens;
        this.readModels = readModels;
        this.rebuilds = rebuilds;
        this.starts = starts;
        this.threshold = threshold;
        this.publisher = publisher;
        this.progress = progress;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        rebuilds.runAlone(this::run);
    }

    /** Axon stops the processors as the application closes: a build still running must not start them again. */
    @EventListener(ContextClosedEvent.class)
    void closing() {
        closing = true;
    }

    void run() {
        List<StreamingEventProcessor> stopped = new ArrayList<>();
        try {
            long head = events.headPosition();
            List<String> groups = ReferralReadModels.PROCESSING_GROUPS.stream()
                    .filter(starts::startedFromTheTail).toList();
            if (head < threshold || groups.isEmpty()) {
                return;
            }
            progress.started(groups);
            tokens.stop(groups, stopped);
            // a new referral_records is built from every event; the in-memory model alone from its snapshot, if any
            Optional<ReferralReadModels.Resumed> resumed = groups.equals(List.of(IN_MEMORY))
                    ? readModels.resumeFromSnapshot() : Optional.empty();
            ReferralReadModels.Rebuilt rebuilt = resumed.map(ReferralReadModels.Resumed::model)
                    .orElseGet(readModels::newModel);
            TrackingToken from = resumed.map(ReferralReadModels.Resumed::from).orElseGet(events::tail);
            log.info("Building {} in one pass over the event store (head at position {}), {}", groups, head,
                    resumed.isPresent() ? "from a snapshot of " + rebuilt.size() + " referrals at position "
                            + from.position().orElse(-1) : "from its first event");
            long[] count = {0};
            TrackingToken end = events.replay(from, event -> {
                EventStoreReads.apply(event, rebuilt::apply);
                count[0]++;
                event.trackingToken().position().ifPresent(progress::read);
            });
            int referrals = rebuilt.size();
            if (groups.contains(IN_MEMORY)) {
                readModels.replaceInMemory(rebuilt);
                tokens.pointAt(end, List.of(IN_MEMORY));
                StreamingEventProcessor memory = tokens.processor(IN_MEMORY);
                stopped.remove(memory);
                startUnlessClosing(memory); // single reads come back to memory while referral_records is written
                progress.handedOver(IN_MEMORY);
            }
            if (groups.contains(DURABLE)) {
                readModels.mergeDurable(rebuilt);
                tokens.advanceTo(end, DURABLE);
            }
            publisher.publishEvent(new ReadModelsBuilt(groups, count[0]));
            log.info("Built {} with {} events read ({} referrals); their processors go on from there", groups,
                    count[0], referrals);
        } catch (RuntimeException e) {
            log.error("The build at start failed ({}); the processors go on from where they were stopped",
                    e.toString(), e);
        } finally {
            stopped.forEach(this::startUnlessClosing);
            progress.ended();
        }
    }

    private void startUnlessClosing(StreamingEventProcessor processor) {
        if (!closing) {
            processor.start();
        }
    }
}
