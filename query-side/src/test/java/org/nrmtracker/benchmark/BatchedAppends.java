package org.nrmtracker.benchmark;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.util.ArrayList;
import java.util.List;

/**
 * Appends histories in commits of a fixed number of events, as the history import does (many referrals in one
 * commit, a referral's stream continuing in the next commit when it does not fit), from one thread.
 */
final class BatchedAppends {

    static final int EVENTS_PER_COMMIT = 500;
    private static final int PROGRESS_EVERY = 100_000;

    static Seeding.Rate append(String name, EventStorageEngine engine, List<ReferralHistories.History> histories) {
        long start = System.nanoTime();
        int events = 0;
        List<EventMessage<?>> commit = new ArrayList<>(EVENTS_PER_COMMIT);
        for (ReferralHistories.History history : histories) {
            for (EventMessage<?> message : Seeding.messagesOf(history)) {
                commit.add(message);
                if (commit.size() == EVENTS_PER_COMMIT) {
                    events += store(engine, commit);
                    if (events % PROGRESS_EVERY == 0) {
                        System.err.printf("  %s: appended %,d events in %.0f s%n", name, events,
                                (System.nanoTime() - start) / 1e9);
                    }
                }
            }
        }
        events += store(engine, commit);
        return new Seeding.Rate(events, (System.nanoTime() - start) / 1e9);
    }

    private static int store(EventStorageEngine engine, List<EventMessage<?>> commit) {
        int size = commit.size();
        if (size > 0) {
            engine.appendEvents(List.copyOf(commit));
            commit.clear();
        }
        return size;
    }

    private BatchedAppends() {
    }
}
