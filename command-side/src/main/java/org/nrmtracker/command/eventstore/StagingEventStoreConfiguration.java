package org.nrmtracker.command.eventstore;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.nrmtracker.kernel.referral.RecordingMetaData;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;

/**
 * The command side's part of Axon on our event store (docs/architecture.md, "The event store"); the serializers,
 * the storage engine and the clock are the platform's ({@code org.nrmtracker.platform.eventstore}).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class StagingEventStoreConfiguration {

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
}
