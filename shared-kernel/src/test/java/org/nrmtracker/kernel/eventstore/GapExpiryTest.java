package org.nrmtracker.kernel.eventstore;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nrmtracker.kernel.eventstore.Engines.event;

class GapExpiryTest {

    private final EmbeddedMongo mongo = EmbeddedMongo.inMemory();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

    @AfterEach
    void stop() {
        mongo.close();
    }

    private SequencedMongoEventStorageEngine engineFailingOn(String stream) {
        return Engines.builder(InterposedMongo.beforeInserts(mongo.database(), "events", commits -> {
            if (stream.equals(Thread.currentThread().getName())) {
                throw new IllegalStateException("writer died after reserving " + InterposedMongo.indexesOf(commits)[0]);
            }
        }), clock).build();
    }

    @Test
    void anIndexWhoseWriterFailedIsAGapUntilItsTimeoutThenIsGivenUp() throws Exception {
        SequencedMongoEventStorageEngine engine = engineFailingOn("dying-writer");
        engine.appendEvents(event("a", 0));
        Thread dying = new Thread(() -> assertThatThrownBy(() -> engine.appendEvents(event("b", 0)))
                .isInstanceOf(EventStoreException.class), "dying-writer");
        dying.start();
        dying.join();
        engine.appendEvents(event("a", 1));

        List<? extends TrackedEventMessage<?>> seen = engine.readEvents(null, false).toList();
        GapAwareTrackingToken token = (GapAwareTrackingToken) seen.get(seen.size() - 1).trackingToken();
        assertThat(seen).hasSize(2);
        assertThat(token.getGaps()).containsExactly(2L);

        clock.advance(Duration.ofSeconds(59));
        engine.appendEvents(event("a", 2));
        GapAwareTrackingToken stillWaiting = lastToken(engine, token);
        assertThat(stillWaiting.getGaps()).containsExactly(2L);

        clock.advance(Duration.ofSeconds(61));
        engine.appendEvents(event("a", 3));
        assertThat(lastToken(engine, stillWaiting).getGaps()).isEmpty();
    }

    @Test
    void aWriterLaterThanTheCommitTimeoutRefusesToCommit() {
        // the reservation's answer comes back 120 ms late: from reserving to storing takes longer than the timeout
        MongoDatabase slowToReserve = InterposedMongo.database(mongo.database(), (call, operation) -> {
            Object answer = operation.run();
            if (call.is(SequencedMongoEventStorageEngine.SEQUENCES, "findOneAndUpdate")) {
                Thread.sleep(120);
            }
            return answer;
        });
        SequencedMongoEventStorageEngine engine = Engines.builder(slowToReserve, clock)
                .commitTimeout(Duration.ofMillis(50)).build();
        assertThatThrownBy(() -> engine.appendEvents(event("late", 0))).isInstanceOf(EventStoreException.class);
        assertThat(engine.readEvents("late").asStream()).isEmpty();
    }

    @Test
    void theHeadTokenCountsRecentUnstoredIndexesAsGaps() {
        SequencedMongoEventStorageEngine engine = engineFailingOn("dying-writer");
        engine.appendEvents(event("a", 0));
        Thread dying = new Thread(() -> {
            try {
                engine.appendEvents(event("b", 0));
            } catch (RuntimeException expected) {
                // the reserved index stays unstored
            }
        }, "dying-writer");
        dying.start();
        try {
            dying.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        engine.appendEvents(event("a", 1));
        GapAwareTrackingToken head = (GapAwareTrackingToken) engine.createHeadToken();
        assertThat(head.getIndex()).isEqualTo(3);
        assertThat(head.getGaps()).containsExactly(2L);
        assertThat(engine.createTailToken()).isEqualTo(GapAwareTrackingToken.newInstance(0, List.of()));
    }

    private static GapAwareTrackingToken lastToken(SequencedMongoEventStorageEngine engine, GapAwareTrackingToken from) {
        List<? extends TrackedEventMessage<?>> seen = engine.readEvents(from, false).toList();
        assertThat(seen).isNotEmpty();
        return (GapAwareTrackingToken) seen.get(seen.size() - 1).trackingToken();
    }
}
