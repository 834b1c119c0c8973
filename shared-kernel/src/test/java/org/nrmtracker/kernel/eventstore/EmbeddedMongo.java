package org.nrmtracker.kernel.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.nio.file.Path;

/** An in-process MongoDB-compatible server on a free loopback port, for tests. */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final MongoClient client;

    private EmbeddedMongo(MongoBackend backend) {
        this.server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        this.client = MongoClients.create(server.getConnectionString());
    }

    public static EmbeddedMongo inMemory() {
        return new EmbeddedMongo(new MemoryBackend());
    }

    public static EmbeddedMongo onFile(Path file) {
        return new EmbeddedMongo(new H2Backend(file.toString()));
    }

    public MongoClient client() {
        return client;
    }

    public MongoDatabase database() {
        return client.getDatabase("nrm");
    }

    /** A second, independent client: what another application node would have. */
    public MongoClient newClient() {
        return MongoClients.create(server.getConnectionString());
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
