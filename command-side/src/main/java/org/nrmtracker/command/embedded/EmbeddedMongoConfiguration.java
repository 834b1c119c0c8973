package org.nrmtracker.command.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.nrmtracker.kernel.embedded.DurableH2Backend;
import org.nrmtracker.platform.mongo.EmbeddedMongoConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts the in-process MongoDB-compatible server when no {@code NRM_MONGODB_URI} is configured,
 * so the system runs with no installation; the query side connects to the same port.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${nrm.mongodb.uri:}'.isEmpty()")
class EmbeddedMongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(EmbeddedMongoProperties properties) {
        MongoServer server = new MongoServer(backend(properties));
        server.bind("127.0.0.1", properties.port());
        log.info("Embedded MongoDB-compatible server listening on {} ({})", server.getLocalAddress(),
                properties.file() == null || properties.file().isBlank() ? "in memory" : properties.file());
        return server;
    }

    private static MongoBackend backend(EmbeddedMongoProperties properties) {
        if (properties.file() == null || properties.file().isBlank()) {
            return new MemoryBackend();
        }
        Path file = Path.of(properties.file()).toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + file.getParent(), e);
        }
        return new DurableH2Backend(file.toString(), properties.syncToDisk());
    }

    @Bean
    EmbeddedMongoConnection embeddedMongoConnection(MongoServer embeddedMongoServer) {
        return new EmbeddedMongoConnection(embeddedMongoServer.getConnectionString());
    }
}
