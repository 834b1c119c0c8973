package org.nrmtracker.benchmark;

import org.axonframework.eventhandling.EventMessage;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a replayed handler was given, so that a replay is both timed and checked: every event once, none twice, none
 * failing. The replay waits on it until every expected event arrived.
 */
final class Deliveries {

    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicLong lastEventNanos = new AtomicLong();
    private final CountDownLatch allSeen;

    Deliveries(int expected) {
        this.allSeen = new CountDownLatch(expected);
    }

    void delivered(EventMessage<?> message) {
        if (seen.add(message.getIdentifier())) {
            lastEventNanos.set(System.nanoTime());
            allSeen.countDown();
        } else {
            duplicates.incrementAndGet();
        }
    }

    void failed() {
        failures.incrementAndGet();
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

    /** When the newest distinct event was handled ({@link System#nanoTime()}). */
    long lastEventNanos() {
        return lastEventNanos.get();
    }
}
