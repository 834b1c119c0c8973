package org.nrmtracker.command.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nrmtracker.kernel.embedded.DurableH2Backend;
import org.nrmtracker.kernel.eventstore.EventSerializer;
import org.nrmtracker.kernel.eventstore.SequencedMongoEventStorageEngine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Committing after every write must not make the data file grow with the number of commits: the
 * file should hold the live data, not a chunk per write (measured: ~4 KB per 1 KB event when space
 * is reused at once, ~70 KB when MVStore keeps old chunks for its default 45 s).
 */
class DataFileGrowthTest {

    private static final int EVENTS = 3_000;
    private static final long BYTES_PER_EVENT_BOUND = 16 * 1024;

    @TempDir
    Path dir;

    @Test
    void theDurableFileHoldsLiveDataRatherThanAChunkPerCommit() throws Exception {
        Path file = dir.resolve("nrm.mv");
        MongoServer server = new MongoServer(new DurableH2Backend(file.toString(), false));
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create(server.getConnectionString())) {
            Serializer serializer = EventSerializer.create();
            SequencedMongoEventStorageEngine engine = SequencedMongoEventStorageEngine.builder()
                    .database(client.getDatabase("nrm")).clock(Clock.systemUTC())
                    .eventSerializer(serializer).snapshotSerializer(serializer).build();
            for (int i = 0; i < EVENTS; i++) {
                engine.appendEvents(new GenericDomainEventMessage<>("Referral", "stream-" + (i % 300), i / 300,
                        Map.of("field", "x".repeat(800), "n", i)));
            }
        } finally {
            server.shutdown();
        }
        long bytes = Files.size(file);
        assertThat(bytes / EVENTS).as("bytes per event (file %d bytes)", bytes).isLessThan(BYTES_PER_EVENT_BOUND);
    }
}
