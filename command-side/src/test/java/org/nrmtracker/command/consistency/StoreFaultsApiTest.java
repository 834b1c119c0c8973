package org.nrmtracker.command.consistency;

import com.mongodb.MongoWriteConcernException;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteError;
import com.mongodb.ServerAddress;
import com.mongodb.bulk.WriteConcernError;
import com.mongodb.client.MongoDatabase;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nrmtracker.command.CommandSideApplication;
import org.nrmtracker.command.HttpAnswer;
import org.nrmtracker.command.RealMongo;
import org.nrmtracker.command.WriteApiTest;
import org.nrmtracker.kernel.eventstore.InterposedMongo;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextCustomizerFactories;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.command.Problems.assertProblem;
import static org.nrmtracker.command.ReferralJson.REFERRED_ON;
import static org.nrmtracker.command.ReferralJson.reasonableGrounds;
import static org.nrmtracker.command.ReferralJson.referral;
import static org.nrmtracker.command.ReferralJson.referralWithoutId;
import static org.nrmtracker.command.WriteApi.IDEMPOTENCY_KEY;
import static org.nrmtracker.command.WriteApi.REFERRALS;
import static org.nrmtracker.command.WriteApi.eventsOf;

/**
 * What the store answers, injected: a write it applied but could not confirm with a majority (a write-concern error
 * after the real insert) is answered {@code 503 write-outcome-unknown}, keeps its Idempotency-Key, and the same
 * request sent again under it resolves to the real outcome (docs/consistency.md, "Unknown outcomes"); a concurrent
 * writer's {@code 409} is not kept under the key.
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"nrm.embedded-mongodb.port=0", "nrm.embedded-mongodb.file=", "demo=true"})
@ContextCustomizerFactories(RealMongo.Factory.class)
@Import(StoreFaultsApiTest.MajorityLost.class)
class StoreFaultsApiTest extends WriteApiTest {

    private static volatile boolean majorityLost;
    private static volatile boolean concurrentWriter;
    private static volatile boolean positionTaken;

    @AfterEach
    void storeBack() {
        majorityLost = false;
        concurrentWriter = false;
        positionTaken = false;
    }

    @Test
    void aGlobalPositionAlreadyTakenIsNoConcurrentChangeAndNothingIsKeptUnderTheKey() {
        UUID referralId = api.newReferral();
        String event = reasonableGrounds(REFERRED_ON.plusDays(5), "POSITIVE").toString();
        String key = UUID.randomUUID().toString();

        positionTaken = true;
        HttpAnswer refused = api.post(eventsOf(referralId), event, IDEMPOTENCY_KEY, key);
        positionTaken = false;
        HttpAnswer retried = api.post(eventsOf(referralId), event, IDEMPOTENCY_KEY, key);

        assertThat(assertProblem(refused, 500).get("type").asString())
                .isEqualTo("urn:nrm-tracker:problem:internal-error"); // "nothing was recorded, a retry is safe"
        assertThat(retried.status()).isEqualTo(201);
    }

    @Test
    void aConcurrentChangeIsNotKeptUnderItsKeySoTheRetryRecordsTheEvent() {
        UUID referralId = api.newReferral();
        String event = reasonableGrounds(REFERRED_ON.plusDays(5), "POSITIVE").toString();
        String key = UUID.randomUUID().toString();

        concurrentWriter = true;
        HttpAnswer conflict = api.post(eventsOf(referralId), event, IDEMPOTENCY_KEY, key);
        concurrentWriter = false;
        HttpAnswer retried = api.post(eventsOf(referralId), event, IDEMPOTENCY_KEY, key);

        assertThat(assertProblem(conflict, 409).get("type").asString())
                .isEqualTo("urn:nrm-tracker:problem:concurrent-change");
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void aWriteWithAnUnknownOutcomeIsAnswered503AndItsRetryUnderTheSameKeyFindsItRecorded() {
        UUID referralId = api.newReferral();
        String event = reasonableGrounds(REFERRED_ON.plusDays(5), "POSITIVE").toString();
        String key = UUID.randomUUID().toString();

        majorityLost = true;
        HttpAnswer unknown = api.post(eventsOf(referralId), event, IDEMPOTENCY_KEY, key);
        majorityLost = false;
        HttpAnswer retried = api.post(eventsOf(referralId), event, IDEMPOTENCY_KEY, key);

        JsonNode problem = assertProblem(unknown, 503);
        assertThat(problem.get("type").asString()).isEqualTo("urn:nrm-tracker:problem:write-outcome-unknown");
        assertThat(unknown.header("Retry-After")).isEqualTo("10");
        assertThat(retried.status()).isEqualTo(200); // acknowledged: the first attempt had stored it
        assertThat(retried.json().get("sequence").asLong()).isEqualTo(1);
        assertThat(streams.lengthOf(referralId)).isEqualTo(2);
    }

    @Test
    void theKeyOfAWriteWithAnUnknownOutcomeIsNotFreedForAnotherRequest() {
        UUID referralId = api.newReferral();
        String key = UUID.randomUUID().toString();
        majorityLost = true;
        api.post(eventsOf(referralId), reasonableGrounds(REFERRED_ON.plusDays(5), "POSITIVE").toString(),
                IDEMPOTENCY_KEY, key);
        majorityLost = false;

        HttpAnswer other = api.post(eventsOf(referralId), reasonableGrounds(REFERRED_ON.plusDays(6), "NEGATIVE")
                .toString(), IDEMPOTENCY_KEY, key);

        assertProblem(other, 422);
        assertThat(streams.lengthOf(referralId)).isEqualTo(2);
    }

    @Test
    void aReferralMadeWithoutAnIdIsMadeOnceWhenItsRetryFollowsAnUnknownOutcome() {
        String key = UUID.randomUUID().toString();
        majorityLost = true;
        HttpAnswer unknown = api.post(REFERRALS, referralWithoutId().toString(), IDEMPOTENCY_KEY, key);
        majorityLost = false;

        HttpAnswer retried = api.post(REFERRALS, referralWithoutId().toString(), IDEMPOTENCY_KEY, key);

        assertProblem(unknown, 503);
        assertThat(retried.status()).isEqualTo(200); // the referral the first attempt stored, not a second one
        assertThat(streams.lengthOf(retried.json().get("referralId").asString())).isEqualTo(1);
    }

    @Test
    void withoutAKeyAnUnknownOutcomeIsStill503NotAnInternalError() {
        majorityLost = true;
        HttpAnswer unknown = api.post(REFERRALS, referral(UUID.randomUUID()).toString());

        assertProblem(unknown, 503);
    }

    /** The application's database, with the store's answers to commit inserts replaced while a flag is up. */
    @TestConfiguration
    static class MajorityLost {

        @Bean
        static BeanPostProcessor majorityLostAfterInserts() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof MongoDatabase database)) {
                        return bean;
                    }
                    return InterposedMongo.database(database, (call, operation) -> {
                        if (concurrentWriter && call.is("events", "insertOne")) { // as if another writer came first
                            throw new MongoWriteException(new WriteError(11000, "E11000 duplicate key error collection: "
                                    + "nrm.events index: firstKey_1 dup key", new BsonDocument()), new ServerAddress());
                        }
                        if (positionTaken && call.is("events", "insertOne")) { // a counter behind the store
                            throw new MongoWriteException(new WriteError(11000, "E11000 duplicate key error collection: "
                                    + "nrm.events index: _id_ dup key", new BsonDocument()), new ServerAddress());
                        }
                        Object answer = operation.run();
                        if (majorityLost && call.is("events", "insertOne", "insertMany")) {
                            throw new MongoWriteConcernException(new WriteConcernError(64, "WriteConcernFailed",
                                    "waiting for replication timed out", new BsonDocument()), new ServerAddress());
                        }
                        return answer;
                    });
                }
            };
        }
    }
}
