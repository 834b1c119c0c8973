package org.nrmtracker.benchmark;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.nrmtracker.kernel.referral.RecordingMetaData;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.referral.ReferralRecordFolding;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The replayed handler: folds every event into referral records exactly as the query side's
 * in-memory read model does, and keeps count of what it was given, so a replay is both timed and
 * checked (every event once, none twice, none failing).
 */
final class FoldingHandler {

    private final Map<String, ReferralRecord> records = new ConcurrentHashMap<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicLong lastEventNanos = new AtomicLong();
    private final CountDownLatch allSeen;

    FoldingHandler(int expected) {
        this.allSeen = new CountDownLatch(expected);
    }

    @EventHandler
    void on(ReferralEvent event, EventMessage<?> message, @SequenceNumber Long sequence, @Timestamp Instant recordedAt,
            @MetaDataValue(RecordingMetaData.ORGANISATION) String organisation) {
        try {
            records.compute(event.referralId().toString(),
                    (id, current) -> ReferralRecordFolding.apply(current, event, sequence, recordedAt, organisation));
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            throw e;
        }
        if (seen.add(message.getIdentifier())) {
            lastEventNanos.set(System.nanoTime());
            allSeen.countDown();
        } else {
            duplicates.incrementAndGet();
        }
    }

    /** Waits until every expected event was handled; false if the time ran out first. */
    boolean awaitAll(long nanos) throws InterruptedException {
        return allSeen.await(nanos, TimeUnit.NANOSECONDS);
    }

    int distinctEvents() {
        return seen.size();
    }

    int duplicates() {
        return duplicates.get();
    }

    int failures() {
        return failures.get();
    }

    int referrals() {
        return records.size();
    }

    /** When the newest distinct event was handled ({@link System#nanoTime()}). */
    long lastEventNanos() {
        return lastEventNanos.get();
    }
}
