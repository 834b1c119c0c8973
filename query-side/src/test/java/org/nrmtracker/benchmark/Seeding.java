package org.nrmtracker.benchmark;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.nrmtracker.kernel.referral.RecordingMetaData;

import java.util.ArrayList;
import java.util.List;

/** Writes histories through an engine the way a history import does: one commit per referral. */
final class Seeding {

    /** How long the seeding took, and its rate. */
    record Rate(int events, double seconds) {
        double eventsPerSecond() {
            return events / seconds;
        }
    }

    private static final int PROGRESS_EVERY = 10_000;

    static Rate seed(String name, EventStorageEngine engine, List<ReferralHistories.History> histories) {
        long start = System.nanoTime();
        int events = 0;
        for (ReferralHistories.History history : histories) {
            // messages are made just before their commit, so their timestamps are those of a real
            // import (thousands a second): axon-mongo tracks by these timestamps
            engine.appendEvents(messagesOf(history));
            int before = events;
            events += history.events().size();
            if (events / PROGRESS_EVERY > before / PROGRESS_EVERY) {
                System.err.printf("  %s: seeded %,d events in %.0f s%n", name, events, (System.nanoTime() - start) / 1e9);
            }
        }
        return new Rate(events, (System.nanoTime() - start) / 1e9);
    }

    /** The history as the command side stores it: one domain event stream, with who recorded it. */
    static List<EventMessage<?>> messagesOf(ReferralHistories.History history) {
        MetaData metaData = MetaData.with(RecordingMetaData.RECORDED_BY, "history-import")
                .and(RecordingMetaData.ORGANISATION, history.organisation());
        List<EventMessage<?>> messages = new ArrayList<>(history.events().size());
        for (int sequence = 0; sequence < history.events().size(); sequence++) {
            messages.add(new GenericDomainEventMessage<>("Referral", history.id().toString(), sequence,
                    history.events().get(sequence), metaData));
        }
        return messages;
    }

    private Seeding() {
    }
}
