package org.nrmtracker.kernel.eventstore;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The store of a test: an in-process MongoDB-compatible server on a free loopback port, or, when
 * {@code NRM_TEST_MONGODB_URI} names one, a real MongoDB replica set, in a database of the test's own that is
 * dropped afterwards (docs/consistency.md, "Tests on a real server"). Either way the client has the consistency
 * settings the applications' own client has.
 */
public final class EmbeddedMongo implements AutoCloseable {

    /** A real MongoDB replica set to run the store's tests against instead of the embedded server; null: embedded. */
    public static final String REAL_SERVER = blankToNull(System.getenv("NRM_TEST_MONGODB_URI"));

    private final MongoServer server;
    private final String connectionString;
    private final String databaseName;
    private final boolean dropOnClose;
    private final MongoClient client;

    private EmbeddedMongo(MongoServer server, String connectionString, String databaseName, boolean dropOnClose) {
        this.server = server;
        this.connectionString = connectionString;
        this.databaseName = databaseName;
        this.dropOnClose = dropOnClose;
        this.client = newClient();
    }

    private static EmbeddedMongo embedded(MongoBackend backend) {
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        return new EmbeddedMongo(server, server.getConnectionString(), "nrm", false);
    }

    public static EmbeddedMongo inMemory() {
        return REAL_SERVER == null ? embedded(new MemoryBackend())
                : new EmbeddedMongo(null, REAL_SERVER, "nrm_test_" + UUID.randomUUID().toString().replace("-", ""),
                true);
    }

    /** Kept across a restart: on a real server, a database named after the file, left for the next start to find. */
    public static EmbeddedMongo onFile(Path file) {
        return REAL_SERVER == null ? embedded(new H2Backend(file.toString()))
                : new EmbeddedMongo(null, REAL_SERVER, "nrm_test_" + Integer.toHexString(file.toAbsolutePath().hashCode()),
                false);
    }

    /** Whether this is the embedded server (whose process a test can reach into), not a real one. */
    public boolean isEmbedded() {
        return server != null;
    }

    /** Where the embedded server listens. */
    public InetSocketAddress address() {
        return server.getLocalAddress();
    }

    public MongoClient client() {
        return client;
    }

    public MongoDatabase database() {
        return database(client);
    }

    /** This test's database through another client. */
    public MongoDatabase database(MongoClient other) {
        return other.getDatabase(databaseName);
    }

    /** A second, independent client: what another application node would have. */
    public MongoClient newClient() {
        return newClient(connectionString);
    }

    /** A client of the given server with the applications' consistency settings (the platform's MongoClients). */
    public static MongoClient newClient(String connectionString) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(connectionString))
                .writeConcern(WriteConcern.MAJORITY.withJournal(true))
                .readConcern(ReadConcern.MAJORITY)
                .readPreference(ReadPreference.primary())
                .build());
    }

    @Override
    public void close() {
        if (dropOnClose) {
            database().drop();
        }
        client.close();
        if (server != null) {
            server.shutdownNow();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
