package org.nrmtracker.benchmark;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * One client of the concurrent appends: stores its own referrals' histories one event per commit, as the command
 * side does for each REST write, and so waits for each commit before sending the next event.
 */
final class SingleEventAppender implements LoadClients.Client {

    private static final int EVENTS_PER_CHUNK = 1_000;

    private final EventStorageEngine engine;
    private final long seed;
    private final Deque<ReferralHistories.History> histories = new ArrayDeque<>();
    private Iterator<EventMessage<?>> events = List.<EventMessage<?>>of().iterator();
    private int chunks;

    /** {@code seed} tells this client's referrals from every other client's and from those already stored. */
    SingleEventAppender(EventStorageEngine engine, long seed) {
        this.engine = engine;
        this.seed = seed;
    }

    @Override
    public int send() {
        if (!events.hasNext()) {
            if (histories.isEmpty()) {
                histories.addAll(ReferralHistories.totalling(EVENTS_PER_CHUNK, seed * 1_000 + chunks++));
            }
            events = Seeding.messagesOf(histories.poll()).iterator();
        }
        engine.appendEvents(List.of(events.next()));
        return 200;
    }
}
