package org.nrmtracker.query.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.LoggingErrorHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.nrmtracker.query.referral.ProcessorStarts;
import org.nrmtracker.query.referral.ReferralReadModels;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * The query side tails the command side's event store (docs/architecture.md, "The event store") with pooled streaming
 * processors; their tokens live in MongoDB beside the read models, so instances share segments. The serializers,
 * the storage engine and the clock are the platform's ({@code org.nrmtracker.platform.eventstore}).
 */
@Configuration(proxyBeanMethods = false)
class TailingEventStoreConfiguration {

    /**
     * Polls the store every {@code fetch-delay} when idle: the command side runs in another process,
     * so no local publication wakes the tailing processors up (Axon's default wait is 1 s).
     */
    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine eventStorageEngine, UnreadableEvents unreadable,
                                  @Value("${nrm.eventstore.fetch-delay:PT0.1S}") Duration fetchDelay) {
        return EmbeddedEventStore.builder()
                .storageEngine(new WatchedStorageEngine(eventStorageEngine, unreadable, "the read models' processors"))
                .fetchDelay(fetchDelay.toMillis()).cachedEvents(10_000).build();
    }

    @Bean
    TokenStore tokenStore(MongoClient mongoClient, MongoDatabase mongoDatabase, Serializer serializer) {
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder()
                        .mongoDatabase(mongoClient, mongoDatabase.getName()).build())
                .serializer(serializer)
                .nodeId(ManagementFactory.getRuntimeMXBean().getName())
                .claimTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * Processors start from the tail with a plain token: Axon 4.13 otherwise wraps the first token
     * in a ReplayToken (docs/decisions.md, "Axon 4.13 settings that matter"), and the in-memory model keeps its own
     * tokens.
     * The read models' processors note that they started without tokens ({@link ProcessorStarts}).
     */
    @Bean
    ConfigurerModule processorDefaults(ProcessorStarts starts, UnreadableEvents unreadable) {
        return configurer -> configurer.eventProcessing(processing -> {
            processing
                    .registerTokenStore(ReferralReadModels.IN_MEMORY_GROUP, c -> new InMemoryTokenStore())
                    .registerPooledStreamingEventProcessorConfiguration(
                            (c, builder) -> builder.initialToken(StreamableMessageSource::createTailToken));
            // a write to referral_records that fails (MongoDB unreachable) fails its batch, which is retried from the
            // stored token; Axon's default would log it and move on, losing the write for good. The in-memory model
            // keeps the default for events it cannot fold, which no retry would mend. Either stops at an event whose
            // payload it cannot read, never skipping it (StopAtUnreadable)
            StopAtUnreadable durable = new StopAtUnreadable(unreadable, ReferralReadModels.DURABLE_GROUP,
                    PropagatingErrorHandler.instance());
            StopAtUnreadable inMemory = new StopAtUnreadable(unreadable, ReferralReadModels.IN_MEMORY_GROUP,
                    new LoggingErrorHandler());
            processing.registerListenerInvocationErrorHandler(ReferralReadModels.DURABLE_GROUP, c -> durable)
                    .registerListenerInvocationErrorHandler(ReferralReadModels.IN_MEMORY_GROUP, c -> inMemory)
                    .registerHandlerInterceptor(ReferralReadModels.DURABLE_GROUP, c -> durable)
                    .registerHandlerInterceptor(ReferralReadModels.IN_MEMORY_GROUP, c -> inMemory);
            for (String group : ReferralReadModels.PROCESSING_GROUPS) {
                processing.registerPooledStreamingEventProcessorConfiguration(group,
                        (c, builder) -> builder.initialToken(source -> starts.fromTheTail(group, source)));
            }
        });
    }
}
