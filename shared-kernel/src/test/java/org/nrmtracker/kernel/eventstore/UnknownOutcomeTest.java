package org.nrmtracker.kernel.eventstore;

import com.mongodb.MongoWriteConcernException;
import com.mongodb.ServerAddress;
import com.mongodb.bulk.WriteConcernError;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nrmtracker.kernel.eventstore.Engines.event;

/**
 * A write the server applied but could not acknowledge with the majority asked for (a write-concern error) is an
 * unknown outcome: neither a conflict nor a failure that stored nothing (docs/consistency.md, "Unknown outcomes").
 */
class UnknownOutcomeTest {

    private final EmbeddedMongo mongo = EmbeddedMongo.inMemory();
    private final AtomicBoolean majorityLost = new AtomicBoolean();
    private final SequencedMongoEventStorageEngine engine = Engines.builder(InterposedMongo.database(mongo.database(),
            (call, operation) -> {
                Object answer = operation.run();
                if (call.is("events", "insertOne", "insertMany") && majorityLost.get()) {
                    throw new MongoWriteConcernException(new WriteConcernError(64, "WriteConcernFailed",
                            "waiting for replication timed out", new BsonDocument()), new ServerAddress());
                }
                return answer;
            }), Clock.systemUTC()).build();

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void aWriteConcernErrorIsReportedAsAnUnknownOutcomeNotAsAConflict() {
        engine.appendEvents(event("stream", 0));
        majorityLost.set(true);

        assertThatThrownBy(() -> engine.appendEvents(event("stream", 1)))
                .isInstanceOf(EventStoreException.class)
                .isNotInstanceOf(ConcurrencyException.class)
                .hasCauseInstanceOf(WriteOutcomeUnknown.class);
    }

    @Test
    void theStreamsNextCommitChainsToWhatTheStoreHoldsAfterAnUnknownOutcome() {
        engine.appendEvents(event("stream", 0));
        majorityLost.set(true);
        assertThatThrownBy(() -> engine.appendEvents(event("stream", 1))).hasCauseInstanceOf(WriteOutcomeUnknown.class);
        majorityLost.set(false);

        // here the server had stored it: a retry at the same position is a conflict, the next one chains to it
        assertThatThrownBy(() -> engine.appendEvents(event("stream", 1))).isInstanceOf(ConcurrencyException.class);
        engine.appendEvents(event("stream", 2));

        List<StoredEvent> stored = new StoredEvents(mongo.database()).streamOf("stream");
        assertThat(stored).hasSize(3);
        assertThat(stored.get(2).previousHash()).isEqualTo(stored.get(1).hash());
    }
}
