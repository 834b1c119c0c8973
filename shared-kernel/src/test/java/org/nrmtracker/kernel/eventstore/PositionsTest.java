package org.nrmtracker.kernel.eventstore;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nrmtracker.kernel.eventstore.Engines.event;

/**
 * Positions a writer tells its client ({@link StoredEvents#positionOf}) and how far the store itself is complete
 * ({@link SequencedMongoEventStorageEngine#completePosition}), both as the global stream numbers its events.
 */
class PositionsTest {

    private final EmbeddedMongo mongo = EmbeddedMongo.inMemory();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final StoredEvents stored = new StoredEvents(mongo.database());
    private volatile boolean failNextCommit;

    private final SequencedMongoEventStorageEngine engine = Engines.builder(
            InterposedMongo.beforeInserts(mongo.database(), "events", commits -> {
                if (failNextCommit) {
                    failNextCommit = false;
                    throw new IllegalStateException("writer died after reserving "
                            + InterposedMongo.indexesOf(commits)[0]);
                }
            }), clock).build();

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void everyEventsPositionIsTheOneTheGlobalStreamGivesIt() {
        for (int i = 0; i < 20; i++) {
            engine.appendEvents(event("a", i));
            engine.appendEvents(List.of(event("b", 2L * i), event("b", 2L * i + 1))); // one commit of two
        }
        engine.appendEvents(LongStream.range(0, 40).mapToObj(seq -> event("c", seq)).toList()); // one long commit

        for (StoredEvent event : stored.after(0, 1_000)) {
            assertThat(stored.positionOf(event.aggregateId(), event.sequence())).hasValue(event.globalIndex());
        }
    }

    @Test
    void anEventNeverStoredHasNoPosition() {
        engine.appendEvents(event("a", 0));

        assertThat(stored.positionOf("a", 1)).isEmpty();
        assertThat(stored.positionOf("z", 0)).isEmpty();
    }

    @Test
    void theStoreIsCompleteToItsHeadAndStopsBelowAHoleUntilItCanNoLongerBeFilled() {
        assertThat(engine.completePosition()).isZero();
        engine.appendEvents(event("a", 0));
        assertThat(engine.completePosition()).isEqualTo(1);

        failNextCommit = true;
        assertThatThrownBy(() -> engine.appendEvents(event("b", 0))).isInstanceOf(EventStoreException.class);
        engine.appendEvents(event("a", 1));
        assertThat(engine.completePosition()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(61));
        assertThat(engine.completePosition()).isEqualTo(3);
    }
}
