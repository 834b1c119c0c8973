package org.nrmtracker.query.admin;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.nrmtracker.query.referral.ReferralReadModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

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
 * so Axon 4.13's replay defects (docs/decisions.md, "Axon 4.13 settings that matter") cannot touch a rebuild, and the
 * live models are never wiped by a reset handler while they answer.
 */
@Component
class RebuildJob {

    private static final Logger log = LoggerFactory.getLogger(RebuildJob.class);
    private static final List<String> GROUPS = ReferralReadModels.PROCESSING_GROUPS;

    private final EventStoreReads events;
    private final ProcessorTokens tokens;
    private final ReferralReadModels readModels;

    RebuildJob(EventStoreReads events, ProcessorTokens tokens, ReferralReadModels readModels) {
        this.events = events;
        this.tokens = tokens;
        this.readModels = readModels;
    }

    void run(RebuildProgress progress) {
        List<StreamingEventProcessor> stopped = new ArrayList<>();
        try {
            ReferralReadModels.Rebuilt rebuilt = readModels.newModel();
            progress.expect(events.headPosition());
            long[] count = {0};
            TrackingToken position = events.replay(events.tail(), event -> {
                EventStoreReads.apply(event, rebuilt::apply);
                progress.processed(++count[0]);
            });
            log.info("Rebuild {}: {} events replayed beside the live models; stopping the live processors",
                    progress.id(), count[0]);

            tokens.stop(GROUPS, stopped);
            TrackingToken liveSlowest = tokens.slowest(GROUPS);
            progress.expect(events.headPosition());
            TrackingToken end = events.replay(position, event -> {
                EventStoreReads.apply(event, rebuilt::apply);
                progress.processed(++count[0]);
            });
            events.replayUpTo(liveSlowest, end, readModels::applyToLive);

            long differences = readModels.differences(rebuilt);
            readModels.swap(rebuilt, progress.id());
            tokens.pointAt(end, GROUPS);
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
}
