package org.nrmtracker.kernel.embedded;

import com.mongodb.MongoNamespace;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.RenameCollectionOptions;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every change the embedded default makes to its collections, not only to their documents, is what a restart finds:
 * a rename (the swap a projection rebuild ends with), a drop, an index made or dropped. What a restart finds is the
 * data file alone, so each test closes the server and opens a new one on the same file.
 */
class CollectionOperationsTest {

    private static final String DATABASE = "nrm";

    @TempDir
    Path dir;

    @Test
    void aCollectionRenamedOverAnotherIsWhatARestartFinds() {
        String file = dir.resolve("rename.mv").toString();
        withDatabase(file, database -> {
            fill(database.getCollection("records"), "old", 50);
            fill(database.getCollection("_rebuild_records"), "new", 80);
            database.getCollection("_rebuild_records").renameCollection(
                    new MongoNamespace(DATABASE, "records"), new RenameCollectionOptions().dropTarget(true));
            assertHolds(database.getCollection("records"), "new", 80);
        });

        withDatabase(file, database -> {
            assertThat(collectionNames(database)).containsExactly("records");
            assertHolds(database.getCollection("records"), "new", 80);
        });
        assertThat(mapNames(file)).noneMatch(name -> name.contains("_rebuild_records"));
    }

    @Test
    void aRenamedCollectionKeepsItsUniqueIndexAcrossARestart() {
        String file = dir.resolve("rename-index.mv").toString();
        withDatabase(file, database -> {
            fill(database.getCollection("staged"), "v", 30);
            database.getCollection("staged").renameCollection(new MongoNamespace(DATABASE, "final"));
        });

        withDatabase(file, database -> {
            MongoCollection<Document> renamed = database.getCollection("final");
            assertHolds(renamed, "v", 30);
            assertThatThrownBy(() -> renamed.insertOne(new Document("_id", 999).append("key", "v-7")))
                    .isInstanceOf(MongoWriteException.class);
            renamed.insertOne(new Document("_id", 1_000).append("key", "v-1000"));
        });
        withDatabase(file, database -> assertThat(database.getCollection("final").countDocuments()).isEqualTo(31));
        assertThat(mapNames(file)).noneMatch(name -> name.contains(".staged"));
    }

    @Test
    void aDroppedCollectionStaysDroppedAndLeavesNoMapBehind() {
        String file = dir.resolve("drop.mv").toString();
        withDatabase(file, database -> {
            fill(database.getCollection("kept"), "k", 10);
            fill(database.getCollection("dropped"), "d", 10);
            database.getCollection("dropped").drop();
        });

        withDatabase(file, database -> {
            assertThat(collectionNames(database)).containsExactly("kept");
            assertThat(database.getCollection("dropped").countDocuments()).isZero();
            database.getCollection("dropped").insertOne(new Document("_id", 1).append("key", "d-1"));
        });
        withDatabase(file, database -> assertThat(database.getCollection("dropped").countDocuments()).isEqualTo(1));
        assertThat(mapNames(file)).filteredOn(name -> name.contains(".dropped"))
                .allMatch(name -> !name.contains("_index_key"), "no index map of the dropped collection's index");
    }

    @Test
    void anIndexMadeOrDroppedIsWhatARestartFinds() {
        String file = dir.resolve("index.mv").toString();
        withDatabase(file, database -> {
            MongoCollection<Document> collection = database.getCollection("indexed");
            fill(collection, "i", 20);
            collection.dropIndex("key_1");
            collection.createIndex(Indexes.ascending("other"), new IndexOptions().unique(true).sparse(true));
        });

        withDatabase(file, database -> {
            MongoCollection<Document> collection = database.getCollection("indexed");
            assertThat(indexNames(collection)).containsExactlyInAnyOrder("_id_", "other_1");
            collection.insertOne(new Document("_id", 100).append("key", "i-3").append("other", "x"));
            assertThatThrownBy(() -> collection.insertOne(new Document("_id", 101).append("other", "x")))
                    .isInstanceOf(MongoWriteException.class);
        });
        assertThat(mapNames(file)).noneMatch(name -> name.endsWith("_index_key_1"));
    }

    private static void fill(MongoCollection<Document> collection, String prefix, int count) {
        collection.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
        List<Document> documents = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> documents.add(new Document("_id", i).append("key", prefix + "-" + i)));
        collection.insertMany(documents);
    }

    /** Every document is there, found by its id and by its unique key, and the key is still unique. */
    private static void assertHolds(MongoCollection<Document> collection, String prefix, int count) {
        assertThat(collection.countDocuments()).isEqualTo(count);
        for (int i = 0; i < count; i += 7) {
            assertThat(collection.find(Filters.eq("_id", i)).first()).extracting(d -> d.get("key"))
                    .isEqualTo(prefix + "-" + i);
            assertThat(collection.find(Filters.eq("key", prefix + "-" + i)).first()).extracting(d -> d.get("_id"))
                    .isEqualTo(i);
        }
        assertThatThrownBy(() -> collection.insertOne(new Document("_id", -1).append("key", prefix + "-0")))
                .isInstanceOf(MongoWriteException.class);
    }

    private static List<String> collectionNames(MongoDatabase database) {
        return database.listCollectionNames().into(new ArrayList<>());
    }

    private static Set<String> indexNames(MongoCollection<Document> collection) {
        return Set.copyOf(collection.listIndexes().map(index -> index.getString("name")).into(new ArrayList<>()));
    }

    private static Set<String> mapNames(String file) {
        MVStore store = new MVStore.Builder().fileName(file).readOnly().open();
        try {
            return Set.copyOf(store.getMapNames());
        } finally {
            store.close();
        }
    }

    /** One server on the file, closed afterwards as a stopped application closes it. */
    private static void withDatabase(String file, Consumer<MongoDatabase> work) {
        DurableH2Backend backend = new DurableH2Backend(file, false);
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            work.accept(client.getDatabase(DATABASE));
        } finally {
            server.shutdownNow();
        }
    }
}
