package org.nrmtracker.command.eventstore;

import com.mongodb.client.MongoDatabase;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.nrmtracker.kernel.eventstore.EventSerializer;
import org.nrmtracker.kernel.eventstore.SequencedMongoEventStorageEngine;
import org.nrmtracker.kernel.referral.RecordingMetaData;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/** Axon on our MongoDB event store (architecture §3), with one serializer and one clock. */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    /** The only source of "now": business "today" is the date in Europe/London. */
    @Bean
    Clock clock() {
        Clock clock = Clock.system(ZoneId.of("Europe/London"));
        // event timestamps (recordedAt) come from the same clock, at the millisecond precision they are stored with
        GenericEventMessage.clock = Clock.tick(clock, Duration.ofMillis(1));
        return clock;
    }

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

    @Bean
    EventStorageEngine eventStorageEngine(MongoDatabase mongoDatabase, Clock clock,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          Serializer serializer, Configuration axon) {
        return SequencedMongoEventStorageEngine.builder()
                .database(mongoDatabase).clock(clock)
                .eventSerializer(eventSerializer).snapshotSerializer(serializer)
                .upcasterChain(axon.upcasterChain())
                .build();
    }

    /** Axon's own event store (as its auto-configuration builds it), gathering staged events in linear time. */
    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, Configuration axon) {
        return new StagedEventsStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class)));
    }

    /** Carries who recorded a command, and which request it came from, onto the events it applies. */
    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider recordedBy() {
        // every event carries who recorded it and for which organisation, from its command's metadata
        return new SimpleCorrelationDataProvider(RecordingMetaData.RECORDED_BY, RecordingMetaData.ORGANISATION);
    }

    /** Aggregates are small; keeping loaded ones saves re-reading their streams on every command. */
    @Bean
    Cache referralCache() {
        return new WeakReferenceCache();
    }
}
