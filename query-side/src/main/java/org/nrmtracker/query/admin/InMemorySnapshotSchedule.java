package org.nrmtracker.query.admin;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.nrmtracker.query.referral.InMemoryCatchUp;
import org.nrmtracker.query.referral.ReferralReadModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * Writes a snapshot of this instance's in-memory model once it holds {@code after-events} more events than the
 * latest snapshot, so that a restart reads one record per referral and then only the events since (the start-up
 * build, {@link StartUpBuild}). Checked every {@code snapshot-check}; runs on the rebuilds' thread, so never beside
 * a rebuild or the start-up build, whose models a snapshot must not mix with. A failed write is logged and tried
 * again at the next check: the snapshot before it stays whole.
 */
@Component
class InMemorySnapshotSchedule {

    private static final Logger log = LoggerFactory.getLogger(InMemorySnapshotSchedule.class);

    private final ProcessorTokens tokens;
    private final ReferralReadModels readModels;
    private final InMemoryCatchUp catchUp;
    private final ProjectionRebuilds rebuilds;
    private final long afterEvents;
    private final Timer writes;

    InMemorySnapshotSchedule(ProcessorTokens tokens, ReferralReadModels readModels, InMemoryCatchUp catchUp,
                             ProjectionRebuilds rebuilds,
                             @Value("${nrm.projections.snapshot-after-events}") long afterEvents,
                             MeterRegistry meters) {
        this.tokens = tokens;
        this.readModels = readModels;
        this.catchUp = catchUp;
        this.rebuilds = rebuilds;
        this.afterEvents = afterEvents;
        this.writes = Timer.builder("nrm.projections.snapshot.writes")
                .description("Snapshots of the in-memory model written, and how long each took").register(meters);
    }

    @Scheduled(initialDelayString = "${nrm.projections.snapshot-check}",
            fixedDelayString = "${nrm.projections.snapshot-check}")
    void check() {
        rebuilds.runAlone(this::snapshotIfDue);
    }

    void snapshotIfDue() {
        if (!catchUp.caughtUp()) {
            return; // being built: the start-up build or a rebuild has the model
        }
        // read before the model is: the model then holds every event up to it
        TrackingToken token = tokens.slowest(List.of(ReferralReadModels.IN_MEMORY_GROUP));
        if (!(token instanceof GapAwareTrackingToken position) || position.getIndex() < 0) {
            return;
        }
        try {
            if (position.getIndex() - readModels.snapshotPosition() < afterEvents) {
                return;
            }
            long started = System.nanoTime();
            int referrals = readModels.snapshotInMemory(position);
            long nanos = System.nanoTime() - started;
            writes.record(Duration.ofNanos(nanos));
            log.info("Snapshot of the in-memory model written: {} referrals up to position {} in {} ms", referrals,
                    position.getIndex(), nanos / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Writing a snapshot of the in-memory model failed ({}); tried again at the next check",
                    e.toString());
        }
    }
}
