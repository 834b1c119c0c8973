package org.nrmtracker.kernel.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.kernel.eventstore.Engines.event;

class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void aggregatesLoadWithTheirWholeHistoryAfterTheFileBackedServerRestarts() {
        Path file = dataDir.resolve("events.mv");
        try (EmbeddedMongo first = EmbeddedMongo.onFile(file)) {
            SequencedMongoEventStorageEngine engine = Engines.engine(first.database());
            for (int i = 0; i < 5; i++) {
                engine.appendEvents(event("referral-a", i));
            }
            engine.appendEvents(List.of(event("referral-b", 0), event("referral-b", 1)));
        }

        try (EmbeddedMongo restarted = EmbeddedMongo.onFile(file)) {
            SequencedMongoEventStorageEngine engine = Engines.engine(restarted.database());
            List<? extends DomainEventMessage<?>> a = engine.readEvents("referral-a").asStream().toList();
            assertThat(a.stream().map(m -> (Object) m.getPayload()).toList())
                    .containsExactly(new TestEvent("referral-a", 0), new TestEvent("referral-a", 1),
                            new TestEvent("referral-a", 2), new TestEvent("referral-a", 3),
                            new TestEvent("referral-a", 4));
            assertThat(engine.readEvents("referral-b").asStream()).hasSize(2);

            // the chain continues from what is on disk, and the global sequence does not restart
            engine.appendEvents(event("referral-a", 5));
            List<StoredEvent> stored = new StoredEvents(restarted.database()).streamOf("referral-a");
            assertThat(stored.get(5).previousHash()).isEqualTo(stored.get(4).hash());
            assertThat(stored.get(5).globalIndex()).isEqualTo(8);
        }
    }
}
