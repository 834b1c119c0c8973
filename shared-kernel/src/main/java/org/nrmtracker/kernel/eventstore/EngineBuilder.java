package org.nrmtracker.kernel.eventstore;

import com.mongodb.client.MongoDatabase;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

import java.time.Clock;
import java.time.Duration;

/** Builds a {@link SequencedMongoEventStorageEngine}; a database, a clock and the serializers are required. */
public class EngineBuilder extends BatchingEventStorageEngine.Builder {
    MongoDatabase database;
    Clock clock;
    String collectionPrefix = "";
    Duration commitTimeout = Duration.ofSeconds(10);
    // Gaps are given up by time (GapExpiry), so the offset only has to exceed what can be
    // written during one commit timeout, even during a fast import.
    int maxGapOffset = 1_000_000;
    int chainHeadCapacity = 10_000;

    public EngineBuilder() {
        persistenceExceptionResolver(new DuplicateKeyResolver());
    }

    public EngineBuilder database(MongoDatabase database) {
        this.database = database;
        return this;
    }

    public EngineBuilder clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** Lets two engines (ours and a benchmark's) share one database. */
    public EngineBuilder collectionPrefix(String collectionPrefix) {
        this.collectionPrefix = collectionPrefix;
        return this;
    }

    public EngineBuilder commitTimeout(Duration commitTimeout) {
        this.commitTimeout = commitTimeout;
        return this;
    }

    public EngineBuilder maxGapOffset(int maxGapOffset) {
        this.maxGapOffset = maxGapOffset;
        return this;
    }

    @Override
    public EngineBuilder eventSerializer(Serializer eventSerializer) {
        super.eventSerializer(eventSerializer);
        return this;
    }

    @Override
    public EngineBuilder snapshotSerializer(Serializer snapshotSerializer) {
        super.snapshotSerializer(snapshotSerializer);
        return this;
    }

    @Override
    public EngineBuilder batchSize(int batchSize) {
        super.batchSize(batchSize);
        return this;
    }

    @Override
    public EngineBuilder upcasterChain(EventUpcaster upcasterChain) {
        super.upcasterChain(upcasterChain);
        return this;
    }

    public SequencedMongoEventStorageEngine build() {
        return new SequencedMongoEventStorageEngine(this);
    }

    @Override
    protected void validate() throws AxonConfigurationException {
        super.validate();
        if (database == null || clock == null) {
            throw new AxonConfigurationException("The event store needs a MongoDatabase and a Clock");
        }
        if (commitTimeout.isNegative() || commitTimeout.isZero()) {
            throw new AxonConfigurationException("The commit timeout must be positive");
        }
    }
}
