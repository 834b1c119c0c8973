package org.nrmtracker.command.idempotency;

import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.personaldata.MasterKeys;
import org.nrmtracker.kernel.eventstore.EmbeddedMongo;
import org.nrmtracker.kernel.eventstore.InterposedMongo;
import org.nrmtracker.kernel.personaldata.MasterKeys;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Claiming, keeping and freeing keys (docs/api.md §1, docs/consistency.md), on the store itself. */
class IdempotencyKeysTest {

    private static final StoredAnswers ANSWERS =
            new StoredAnswers(MasterKeys.parse(MasterKeys.newEntry("test")));

    private static final String KEY = "key-id";
    private static final String REQUEST = "fingerprint-of-the-request";

    private final EmbeddedMongo mongo = EmbeddedMongo.inMemory();
    private final IdempotencyKeys keys = new IdempotencyKeys(mongo.database(), ANSWERS, Clock.systemUTC());

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void aClaimThePrimaryRefusesButTheMajorityCannotYetReadIsAnsweredInProgressNotRetriedForever() {
        // the insert meets the primary's copy of another request's claim; the majority read finds none yet
        AtomicInteger inserts = new AtomicInteger();
        IdempotencyKeys lagging = new IdempotencyKeys(InterposedMongo.database(mongo.database(), (call, operation) -> {
            if (call.is("idempotency_keys", "insertOne")) {
                inserts.incrementAndGet();
                throw new MongoWriteException(new WriteError(11000, "E11000 duplicate key error collection: "
                        + "nrm.idempotency_keys index: _id_", new BsonDocument()), new ServerAddress());
            }
            return operation.run();
        }), ANSWERS, Clock.systemUTC());

        Optional<KeyRecord> answer = lagging.claim(KEY, REQUEST);

        assertThat(answer).hasValueSatisfying(record -> {
            assertThat(record.inProgress()).isTrue();
            assertThat(record.fingerprint()).isEqualTo(REQUEST);
        });
        assertThat(inserts.get()).isLessThanOrEqualTo(3);
    }

    @Test
    void aKeyWithAnUnknownOutcomeIsKeptForTheSameRequestWhichRunsAgainUnderIt() {
        assertThat(keys.claim(KEY, REQUEST)).isEmpty();
        keys.outcomeUnknown(KEY);

        assertThat(keys.claim(KEY, "another request")).hasValueSatisfying(
                record -> assertThat(record.fingerprint()).isEqualTo(REQUEST)); // answered 422 by the filter
        assertThat(keys.claim(KEY, REQUEST)).isEmpty(); // the same request takes it over and runs again
    }

    @Test
    void aRetryThatEndsWithoutAnAnswerLeavesTheUnknownOutcomeInPlace() {
        keys.claim(KEY, REQUEST);
        keys.outcomeUnknown(KEY);
        keys.claim(KEY, REQUEST);

        keys.release(KEY); // e.g. a concurrent change: the first attempt's outcome is still unknown

        assertThat(stateOf(KEY)).isEqualTo(IdempotencyKeys.OUTCOME_UNKNOWN);
    }

    @Test
    void aKeyWithoutAnUnknownOutcomeIsFreedByARelease() {
        keys.claim(KEY, REQUEST);

        keys.release(KEY);

        assertThat(mongo.database().getCollection("idempotency_keys").find(new Document("_id", KEY)).first()).isNull();
    }

    @Test
    void theSweepsRangeHasAnIndexOnMongoDb() {
        List<Document> indexesAsked = new CopyOnWriteArrayList<>();
        new IdempotencyKeys(InterposedMongo.database(mongo.database(), (call, operation) -> {
            if (call.is("idempotency_keys", "createIndex")) {
                indexesAsked.add(((org.bson.conversions.Bson) call.arguments()[0]).toBsonDocument().entrySet().stream()
                        .collect(Document::new, (d, e) -> d.append(e.getKey(), e.getValue()), Document::putAll));
            }
            return operation.run();
        }), ANSWERS, Clock.systemUTC());

        assertThat(indexesAsked).extracting(index -> index.keySet()).containsExactly(java.util.Set.of("createdAt"));
    }

    private String stateOf(String id) {
        return mongo.database().getCollection("idempotency_keys").find(new Document("_id", id)).first()
                .getString("state");
    }
}
