package org.nrmtracker.kernel.eventstore;

import com.mongodb.client.MongoClient;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.kernel.eventstore.Engines.event;

class ConcurrentWritersTest {

    private static final int ROUNDS = 300;
    private final EmbeddedMongo mongo = EmbeddedMongo.inMemory();
    private final ExecutorService writers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        writers.shutdownNow();
        mongo.close();
    }

    @Test
    void twoEnginesRacingForTheSameStreamPositionNeverForkTheStream() throws Exception {
        try (MongoClient otherNode = mongo.newClient()) {
            SequencedMongoEventStorageEngine first = Engines.engine(mongo.database());
            SequencedMongoEventStorageEngine second = Engines.engine(mongo.database(otherNode));
            CyclicBarrier start = new CyclicBarrier(2);
            for (int round = 0; round < ROUNDS; round++) {
                Future<Outcome> a = writers.submit(attempt(first, start, round));
                Future<Outcome> b = writers.submit(attempt(second, start, round));
                List<Outcome> outcomes = List.of(a.get(), b.get());

                assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder(Outcome.STORED, Outcome.CONFLICT);
            }
            List<? extends DomainEventMessage<?>> stream = first.readEvents("race").asStream().toList();
            assertThat(stream).hasSize(ROUNDS);
            assertThat(stream).extracting(DomainEventMessage::getSequenceNumber)
                    .containsExactlyElementsOf(java.util.stream.LongStream.range(0, ROUNDS).boxed().toList());
        }
    }

    private enum Outcome { STORED, CONFLICT }

    private static Callable<Outcome> attempt(SequencedMongoEventStorageEngine engine, CyclicBarrier start, long sequence) {
        return () -> {
            start.await();
            try {
                engine.appendEvents(event("race", sequence));
                return Outcome.STORED;
            } catch (ConcurrencyException | AggregateStreamCreationException e) {
                // Axon's two concurrency exceptions: a later position, and position 0 of a new stream
                return Outcome.CONFLICT;
            }
        };
    }
}
