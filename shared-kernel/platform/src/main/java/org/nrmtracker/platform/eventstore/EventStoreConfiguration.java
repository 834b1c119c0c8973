package org.nrmtracker.platform.eventstore;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.nrmtracker.kernel.eventstore.EventSerializer;
import org.nrmtracker.kernel.eventstore.SequencedMongoEventStorageEngine;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;

/**
 * Axon on our MongoDB event store (docs/architecture.md, "The event store"), as both applications read and write it: one serializer for
 * events, snapshots and messages, and the storage engine. The event store around the engine is each side's own:
 * the command side's applies events, the query side's tails another process's writes.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    @Bean
    @Primary
    @Qualifier("serializer")
    Serializer serializer() {
        return EventSerializer.create();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return EventSerializer.create();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return EventSerializer.create();
    }

    /** {@code nrm.eventstore.batch-size}: events per read of a stream or the global stream; 100 is Axon's own. */
    @Bean
    EventStorageEngine eventStorageEngine(MongoDatabase mongoDatabase, Clock clock,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          Serializer serializer, Configuration axon,
                                          @Value("${nrm.eventstore.batch-size:100}") int batchSize) {
        return SequencedMongoEventStorageEngine.builder()
                .database(mongoDatabase).clock(clock)
                .eventSerializer(eventSerializer).snapshotSerializer(serializer)
                .upcasterChain(axon.upcasterChain())
                .batchSize(batchSize)
                .build();
    }
}
