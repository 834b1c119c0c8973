package org.nrmtracker.kernel.eventstore;

import com.mongodb.client.MongoClient;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Collections;
import java.util.HashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.nrmtracker.kernel.eventstore.Engines.event;

/**
 * A commit is stored within its deadline or not by this writer at all, whatever the driver or the network does
 * (docs/consistency.md, "The commit deadline and the gap timeout"): trackers give its gap up only six deadlines
 * after its reservation.
 */
class CommitDeadlineTest {

    private static final Duration COMMIT_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration GAP_TIMEOUT =
            COMMIT_TIMEOUT.multipliedBy(SequencedMongoEventStorageEngine.GAP_TIMEOUT_FACTOR);

    private final EmbeddedMongo mongo = EmbeddedMongo.inMemory();

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void theReservationAndTheInsertRunUnderWhatIsLeftOfTheCommitDeadline() {
        Map<String, Long> timeouts = Collections.synchronizedMap(new HashMap<>()); // null: no timeout
        SequencedMongoEventStorageEngine engine = Engines.builder(InterposedMongo.database(mongo.database(),
                (call, operation) -> {
                    if (call.is(SequencedMongoEventStorageEngine.SEQUENCES, "findOneAndUpdate")
                            || call.is("events", "insertOne", "insertMany")) {
                        timeouts.put(call.collection() + "." + call.operation(), call.timeoutMillis());
                    }
                    return operation.run();
                }), Clock.systemUTC()).commitTimeout(COMMIT_TIMEOUT).build();

        engine.appendEvents(event("one", 0));
        engine.appendEvents(List.of(event("two", 0), event("three", 0)));

        assertThat(timeouts).containsOnlyKeys("sequences.findOneAndUpdate", "events.insertOne", "events.insertMany");
        assertThat(timeouts.values()).allSatisfy(timeout -> assertThat(timeout).isNotNull().isPositive()
                .isLessThanOrEqualTo(COMMIT_TIMEOUT.toMillis())
                .isLessThan(GAP_TIMEOUT.toMillis()));
    }

    @Test
    void aWriteHeldUpInTheNetworkPastTheRefusalCheckIsGivenUpAtTheDeadline() throws Exception {
        assumeThat(mongo.isEmbedded()).as("needs the embedded server's address to stand between").isTrue();
        try (StallingProxy network = new StallingProxy(mongo.address());
             MongoClient viaNetwork = EmbeddedMongo.newClient(network.connectionString())) {
            // the reservation goes through; the insert, sent after the refusal check, gets no answer
            SequencedMongoEventStorageEngine engine = Engines.builder(InterposedMongo.beforeInserts(
                    mongo.database(viaNetwork), "events", commits -> network.stall()), Clock.systemUTC())
                    .commitTimeout(COMMIT_TIMEOUT).build();

            long started = System.nanoTime();
            assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                    assertThatThrownBy(() -> engine.appendEvents(event("held-up", 0)))
                            .isInstanceOf(EventStoreException.class)
                            .hasCauseInstanceOf(WriteOutcomeUnknown.class));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(took).isLessThan(COMMIT_TIMEOUT.plusMillis(500));
            assertThat(new StoredEvents(mongo.database()).streamOf("held-up")).isEmpty();
        }
    }
}
