package org.nrmtracker.query.admin;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.nrmtracker.query.referral.ReferralReadModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds the read models from the event store beside the live ones, then swaps them in.
 * <ol>
 * <li>Replay every event from the tail into a new model while the live processors keep going.</li>
 * <li>Stop the live processors; replay on to the head. Bring the live models up to that same
 * event by re-applying everything from their slowest segment on: projections are idempotent, so
 * events a segment had already handled change nothing.</li>
 * <li>Count the referrals whose records differ, swap the new models in, let every segment this
 * instance can claim go on from the rebuild's final position, and restart the processors.</li>
 * </ol>
 * With several query-side instances, one rebuild runs at a time across all of them ({@link RebuildLease}); the
 * swap writes {@code referral_records} document by document, never renaming or dropping it, so another instance's
 * processor writing it meanwhile loses nothing (docs/architecture.md, "Rebuilds"). Another instance's in-memory
 * model is not rebuilt: it is rebuilt at that instance's next start, or by a rebuild run there.
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
    private final RebuildLease lease;
    private final Clock clock;

    RebuildJob(EventStoreReads events, ProcessorTokens tokens, ReferralReadModels readModels, RebuildLease lease,
               Clock clock) {
        this.events = events;
        this.tokens = tokens;
        this.readModels = readModels;
        this.lease = lease;
        this.clock = clock;
    }

    /** Runs a rebuild whose lease ({@link RebuildLease}) was taken for {@code progress.id()}, and gives it back. */
    void run(RebuildProgress progress) {
        List<StreamingEventProcessor> stopped = new ArrayList<>();
        Renewal renewal = new Renewal(progress.id());
        try {
            readModels.dropLeftoverRebuilds().forEach(name -> log.info("Dropped {}, left by an earlier rebuild", name));
            ReferralReadModels.Rebuilt rebuilt = readModels.newModel();
            progress.expect(events.headPosition());
            long[] count = {0};
            TrackingToken position = events.replay(events.tail(), event -> {
                EventStoreReads.apply(event, rebuilt::apply);
                progress.processed(++count[0]);
                renewal.now();
            });
            log.info("Rebuild {}: {} events replayed beside the live models; stopping the live processors",
                    progress.id(), count[0]);

            tokens.stop(GROUPS, stopped);
            TrackingToken liveSlowest = tokens.slowest(GROUPS);
            progress.expect(events.headPosition());
            TrackingToken end = events.replay(position, event -> {
                EventStoreReads.apply(event, rebuilt::apply);
                progress.processed(++count[0]);
                renewal.now();
            });
            events.replayUpTo(liveSlowest, end, readModels::applyToLive);

            long differences = readModels.differences(rebuilt);
            renewal.confirm();
            long kept = readModels.swap(rebuilt);
            if (end != null) { // null: the store is empty, and every processor starts at its tail anyway
                tokens.pointAt(end, List.of(ReferralReadModels.IN_MEMORY_GROUP));
                tokens.advanceTo(end, ReferralReadModels.DURABLE_GROUP);
            }
            progress.completed(differences);
            if (kept > 0) {
                log.warn("Rebuild {}: referral_records keeps {} documents of referrals the event store does not hold"
                        + " (ops/runbook.md, \"Rebuilding the read models\")", progress.id(), kept);
            }
            log.info("Rebuild {} completed: {} events, {} referral records differed", progress.id(), count[0],
                    differences);
        } catch (RuntimeException e) {
            log.error("Rebuild {} failed: {}", progress.id(), e.toString(), e);
            progress.failed();
        } finally {
            stopped.forEach(StreamingEventProcessor::start);
            lease.giveBack(progress.id());
        }
    }

    /** The lease, renewed every {@link RebuildLease#RENEW_EVERY}, checked before the swap. */
    private final class Renewal {
        private final String rebuildId;
        private Instant last;

        Renewal(String rebuildId) {
            this.rebuildId = rebuildId;
            this.last = clock.instant();
        }

        void now() {
            if (Duration.between(last, clock.instant()).compareTo(RebuildLease.RENEW_EVERY) >= 0) {
                confirm();
            }
        }

        void confirm() {
            if (!lease.renew(rebuildId)) {
                throw new IllegalStateException("the rebuild lease expired and another rebuild took it");
            }
            last = clock.instant();
        }
    }
}
