package org.nrmtracker.query.admin;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.nrmtracker.query.referral.ReferralReadModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * On a restart, loads the in-memory model from {@code referral_records} instead of from the event store: one pass
 * over a document per referral rather than over every event, so the time to a complete model grows with the
 * referrals, not the events. The collection's tokens are read first (its processor is stopped for that moment, as
 * reading a token claims it); every event at or below their slowest segment is in the documents read after them,
 * because the projection writes a batch before its token moves (see {@code BatchedWrites}). The in-memory model's
 * processor then follows the stream from that token; events it meets again are folded idempotently.
 */
@Component
class InMemoryFromRecords {

    private static final Logger log = LoggerFactory.getLogger(InMemoryFromRecords.class);
    private static final String DURABLE = ReferralReadModels.DURABLE_GROUP;

    private final ProcessorTokens tokens;
    private final ReferralReadModels readModels;

    InMemoryFromRecords(ProcessorTokens tokens, ReferralReadModels readModels) {
        this.tokens = tokens;
        this.readModels = readModels;
    }

    /**
     * Loads the in-memory model, whose processor must be stopped, and answers the token its processor must go on
     * after; empty, having loaded nothing, when {@code referral_records} has no tokens or another instance holds one
     * of its segments (its documents may then lag behind any token this instance can read).
     *
     * @param running whether the durable processor may be started again after its tokens are read
     */
    Optional<TrackingToken> load(BooleanSupplier running) {
        StreamingEventProcessor durable = tokens.processor(DURABLE);
        durable.shutDown();
        TrackingToken from;
        try {
            from = tokens.slowest(List.of(DURABLE));
        } catch (UnableToClaimTokenException heldElsewhere) {
            from = null;
        } finally {
            if (running.getAsBoolean()) {
                durable.start();
            }
        }
        if (from == null) {
            return Optional.empty();
        }
        int referrals = readModels.loadInMemoryFromDurable();
        log.info("Loaded the in-memory model from referral_records ({} referrals); its processor goes on after "
                + "position {}", referrals, from.position().orElse(0L));
        return Optional.of(from);
    }
}
