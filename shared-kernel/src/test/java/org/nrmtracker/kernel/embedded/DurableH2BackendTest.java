package org.nrmtracker.kernel.embedded;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nrmtracker.kernel.eventstore.SequencedMongoEventStorageEngine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded default's backend keeps its data across restarts, finds documents through its ordered indexes, and
 * opens a data file written by the library's own backend: its indexes are built anew, still unique, and the old
 * index maps are gone. A write is on disk when acknowledged; reads and reservations of the global sequence commit
 * nothing themselves.
 */
class DurableH2BackendTest {

    @TempDir
    Path dir;

    @Test
    void aFileOfTheLibrarysBackendOpensWithItsIndexesRebuilt() {
        String file = dir.resolve("old.mv").toString();
        withServer(new H2Backend(file), this::writeThousandCommits);

        withServer(new DurableH2Backend(file, false), commits -> {
            assertFindsEveryCommit(commits);
            assertThatThrownBy(() -> commits.insertOne(new Document("_id", 5_000L).append("firstKey", "r-7#0")))
                    .isInstanceOf(MongoWriteException.class);
        });
        MVStore store = new MVStore.Builder().fileName(file).readOnly().open();
        assertThat(store.getMapNames()).noneMatch(name -> name.contains("._index_"))
                .anyMatch(name -> name.endsWith("._ordered_index_firstKey_1"));
        store.close();
    }

    @Test
    void itsOwnFileReopensWithEveryDocumentFoundByKey() {
        String file = dir.resolve("new.mv").toString();
        withServer(new DurableH2Backend(file, false), this::writeThousandCommits);

        withServer(new DurableH2Backend(file, false), commits -> {
            assertFindsEveryCommit(commits);
            assertThat(commits.find(Filters.eq("_id", 1_000L)).first()).isNull();
            assertThatThrownBy(() -> commits.insertOne(new Document("_id", 12L))).isInstanceOf(MongoWriteException.class);
        });
    }

    @Test
    void anAcknowledgedWriteIsOnDiskAndTakesTheDeferredReservationBeforeItWithIt() throws Exception {
        String file = dir.resolve("live.mv").toString();
        DurableH2Backend backend = new DurableH2Backend(file, false);
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoDatabase database = client.getDatabase("nrm");
            MongoCollection<Document> counter = database.getCollection(SequencedMongoEventStorageEngine.SEQUENCES);
            MongoCollection<Document> events = database.getCollection("events");
            counter.insertOne(new Document("_id", "events").append("lastReserved", 0L));
            events.insertOne(new Document("_id", 1L));
            long committed = backend.getMvStore().getCurrentVersion();

            counter.findOneAndUpdate(Filters.eq("_id", "events"), Updates.inc("lastReserved", 5L));
            events.find(Filters.eq("_id", 1L)).first();
            assertThat(backend.getMvStore().getCurrentVersion()).as("neither the reservation nor a read committed")
                    .isEqualTo(committed);
            assertThat(backend.getMvStore().hasUnsavedChanges()).isTrue();

            events.insertOne(new Document("_id", 6L));
            assertThat(backend.getMvStore().hasUnsavedChanges()).isFalse();
            withServer(new DurableH2Backend(copyOf(file), false),
                    copy -> assertThat(copy.find(Filters.eq("_id", 6L)).first()).isNotNull());
            withCollection(copyOf(file), SequencedMongoEventStorageEngine.SEQUENCES, copy ->
                    assertThat(copy.find().first()).extracting(d -> d.get("lastReserved")).isEqualTo(5L));
        } finally {
            server.shutdownNow();
        }
    }

    /** The file as a killed process leaves it: what the store has handed to the OS. */
    private String copyOf(String file) throws IOException {
        Path copy = dir.resolve("copy-" + System.nanoTime() + ".mv");
        Files.copy(Path.of(file), copy);
        return copy.toString();
    }

    private void writeThousandCommits(MongoCollection<Document> commits) {
        commits.createIndex(Indexes.ascending("firstKey"), new IndexOptions().unique(true));
        List<Document> documents = new ArrayList<>();
        LongStream.range(0, 1_000).forEach(i -> documents.add(new Document("_id", i).append("firstKey", "r-" + i + "#0")));
        commits.insertMany(documents);
    }

    private static void assertFindsEveryCommit(MongoCollection<Document> commits) {
        List<Long> ids = LongStream.range(0, 1_000).boxed().toList();
        assertThat(commits.find(Filters.in("_id", ids)).into(new ArrayList<>())).hasSize(1_000);
        for (long i = 0; i < 1_000; i += 37) {
            assertThat(commits.find(Filters.eq("firstKey", "r-" + i + "#0")).first()).extracting(d -> d.get("_id"))
                    .isEqualTo(i);
        }
    }

    private static void withServer(MongoBackend backend, Consumer<MongoCollection<Document>> work) {
        withCollection(backend, "events", work);
    }

    private static void withCollection(String file, String collection, Consumer<MongoCollection<Document>> work) {
        withCollection(new DurableH2Backend(file, false), collection, work);
    }

    private static void withCollection(MongoBackend backend, String collection,
                                       Consumer<MongoCollection<Document>> work) {
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            work.accept(client.getDatabase("nrm").getCollection(collection));
        } finally {
            server.shutdownNow();
        }
    }
}
