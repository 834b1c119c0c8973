package org.nrmtracker.kernel.eventstore;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nrmtracker.kernel.eventstore.Engines.event;

/**
 * A global sequence behind the stored commits (a counter restored from an older backup than the events) is no
 * concurrency conflict: the commit that meets a taken position fails as such, the counter is moved past the stored
 * commits, and nothing is ever stored behind positions the trackers have passed.
 */
class PositionTakenTest {

    private final EmbeddedMongo mongo = EmbeddedMongo.inMemory();

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void aPositionAlreadyStoredIsNoConflictAndTheCounterIsMovedPastTheStoredCommits() {
        SequencedMongoEventStorageEngine engine = Engines.engine(mongo.database());
        storeThreeEvents(engine);
        setCounterBackTo(1);

        assertThatThrownBy(() -> engine.appendEvents(event("b", 0)))
                .isInstanceOf(EventStoreException.class)
                .isNotInstanceOfAny(ConcurrencyException.class, AggregateStreamCreationException.class)
                .hasCauseInstanceOf(PositionTaken.class);

        assertThat(new StoredEvents(mongo.database()).lastPosition()).isEqualTo(3);
        engine.appendEvents(event("b", 0)); // the retry
        assertThat(positionsAfter(engine, 3)).containsExactly(4L);
    }

    @Test
    void aCounterBehindTheStoredCommitsIsMovedPastThemWhenTheEngineStarts() {
        storeThreeEvents(Engines.engine(mongo.database()));
        setCounterBackTo(0);

        SequencedMongoEventStorageEngine restarted = Engines.engine(mongo.database());
        restarted.appendEvents(event("b", 0));

        assertThat(positionsAfter(restarted, 3)).containsExactly(4L);
    }

    private static void storeThreeEvents(SequencedMongoEventStorageEngine engine) {
        for (int i = 0; i < 3; i++) {
            engine.appendEvents(event("a", i));
        }
    }

    private void setCounterBackTo(long lastReserved) {
        mongo.database().getCollection(SequencedMongoEventStorageEngine.SEQUENCES)
                .updateOne(Filters.eq("_id", "events"), Updates.set("lastReserved", lastReserved));
    }

    private static List<Long> positionsAfter(SequencedMongoEventStorageEngine engine, long position) {
        return engine.readEvents(null, false).map(TrackedEventMessage::trackingToken)
                .map(token -> token.position().orElseThrow()).filter(p -> p > position).toList();
    }

    @Test
    void theUnusedRecordedAtIndexIsDroppedWhenTheEngineStarts() {
        mongo.database().getCollection("events").createIndex(new Document("recordedAt", 1));

        Engines.engine(mongo.database());

        List<String> indexes = mongo.database().getCollection("events").listIndexes().map(i -> i.getString("name"))
                .into(new java.util.ArrayList<>());
        assertThat(indexes).contains("firstKey_1", "lastKey_1").doesNotContain(StoreIndexes.UNUSED_RECORDED_AT);
    }
}
