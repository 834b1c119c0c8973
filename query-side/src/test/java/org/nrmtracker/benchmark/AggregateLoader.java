package org.nrmtracker.benchmark;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.util.List;
import java.util.Random;

/**
 * One client of the aggregate loads: reads a random stored referral's stream, as Axon does to load an aggregate
 * (a snapshot first, then its events, each payload deserialised), and checks that it got the whole stream.
 */
final class AggregateLoader implements LoadClients.Client {

    private final EventStorageEngine engine;
    private final List<ReferralHistories.History> stored;
    private final Random random;

    AggregateLoader(EventStorageEngine engine, List<ReferralHistories.History> stored, long seed) {
        this.engine = engine;
        this.stored = stored;
        this.random = new Random(seed);
    }

    /** 200 when the whole stream was read, 500 when it was not. */
    @Override
    public int send() {
        ReferralHistories.History history = stored.get(random.nextInt(stored.size()));
        DomainEventStream stream = engine.readEvents(history.id().toString());
        int events = 0;
        while (stream.hasNext()) {
            stream.next().getPayload();
            events++;
        }
        return events == history.events().size() ? 200 : 500;
    }
}
