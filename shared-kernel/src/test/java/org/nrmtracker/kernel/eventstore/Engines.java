package org.nrmtracker.kernel.eventstore;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;

import java.time.Clock;

/** Small factories for engine tests. */
final class Engines {

    static final Serializer SERIALIZER = EventSerializer.create();

    static EngineBuilder builder(MongoDatabase database, Clock clock) {
        return SequencedMongoEventStorageEngine.builder()
                .database(database).clock(clock)
                .eventSerializer(SERIALIZER).snapshotSerializer(SERIALIZER);
    }

    static SequencedMongoEventStorageEngine engine(MongoDatabase database) {
        return builder(database, Clock.systemUTC()).build();
    }

    static DomainEventMessage<TestEvent> event(String stream, long sequence) {
        return new GenericDomainEventMessage<>("Test", stream, sequence, new TestEvent(stream, sequence),
                MetaData.with("recordedBy", "test-client"));
    }

    private Engines() {
    }
}
