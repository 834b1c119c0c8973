package org.nrmtracker.benchmark;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.query.referral.ReferralReadModels;

import java.util.concurrent.ConcurrentHashMap;

/**
 * An event handler in the in-memory read model's own processing group, added to the query side only by the
 * benchmark: its processor hands it each event in the same batch as the model, so the moment it sees an event is the
 * moment the model has it. The lag of an event runs from the moment its writer had it acknowledged.
 */
@ProcessingGroup(ReferralReadModels.IN_MEMORY_GROUP)
public class LagProbe {

    private final ConcurrentHashMap<String, Long> acknowledged = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Long> handled = new ConcurrentHashMap<>();
    private final Latencies lags = new Latencies();
    private volatile boolean measuring;

    void start() {
        measuring = true;
    }

    /** Waits until every acknowledged event was seen, or {@code limit} passed. */
    void awaitSeen(java.time.Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!acknowledged.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    /** Stops measuring; answers the lags measured, and how many acknowledged events it never saw. */
    synchronized Latencies stop(int[] unseen) {
        measuring = false;
        unseen[0] = acknowledged.size();
        return lags;
    }

    /** The writer had this event acknowledged now. */
    void acknowledged(String referralId, long sequence) {
        String key = referralId + "#" + sequence;
        long now = System.nanoTime();
        Long seen = handled.remove(key);
        if (seen != null) { // the processor was quicker than the HTTP answer
            record(0);
        } else {
            acknowledged.put(key, now);
        }
    }

    @EventHandler
    void on(ReferralEvent event, @SequenceNumber Long sequence) {
        if (!measuring) {
            return;
        }
        String key = event.referralId() + "#" + sequence;
        long now = System.nanoTime();
        Long ack = acknowledged.remove(key);
        if (ack != null) {
            record(now - ack);
        } else {
            handled.put(key, now);
        }
    }

    private synchronized void record(long nanos) {
        lags.add(nanos);
    }
}
