package org.nrmtracker.kernel.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.kernel.eventstore.Engines.event;

/** A stored snapshot is read back by the engine that stored it and by ones started later; none is read where none is. */
class SnapshotTest {

    private final EmbeddedMongo mongo = EmbeddedMongo.inMemory();

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void withoutSnapshotsAStreamLoadsFromItsFirstEvent() {
        SequencedMongoEventStorageEngine engine = Engines.engine(mongo.database());
        for (int i = 0; i < 3; i++) {
            engine.appendEvents(event("r-1", i));
        }

        assertThat(sequencesOf(engine)).containsExactly(0L, 1L, 2L);
        assertThat(engine.readSnapshot("r-1")).isEmpty();
    }

    @Test
    void aStoredSnapshotIsReadOnThisEngineAndOnOnesStartedLater() {
        SequencedMongoEventStorageEngine engine = Engines.engine(mongo.database());
        assertThat(engine.readSnapshot("r-1")).isEmpty(); // none yet: not even asked for
        for (int i = 0; i < 5; i++) {
            engine.appendEvents(event("r-1", i));
        }
        engine.storeSnapshot(snapshotAt("r-1", 3));

        assertThat(engine.readSnapshot("r-1")).get().extracting(DomainEventMessage::getSequenceNumber).isEqualTo(3L);
        assertThat(Engines.engine(mongo.database()).readSnapshot("r-1")).get()
                .extracting(DomainEventMessage::getSequenceNumber).isEqualTo(3L);
        assertThat(Engines.engine(mongo.database()).readSnapshot("r-2")).isEmpty();
    }

    private static DomainEventMessage<TestEvent> snapshotAt(String stream, long sequence) {
        return new GenericDomainEventMessage<>("Test", stream, sequence, new TestEvent(stream, sequence), MetaData.emptyInstance());
    }

    private static List<Long> sequencesOf(SequencedMongoEventStorageEngine engine) {
        return engine.readEvents("r-1").asStream().map(DomainEventMessage::getSequenceNumber).toList();
    }
}
