package org.nrmtracker.benchmark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.zaxxer.hikari.HikariDataSource;
import de.bwaldvogel.mongo.MongoServer;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.nrmtracker.kernel.embedded.DurableH2Backend;
import org.nrmtracker.kernel.eventstore.EventSerializer;
import org.nrmtracker.kernel.eventstore.SequencedMongoEventStorageEngine;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.nio.file.Path;
import java.time.Clock;

/**
 * One side of the peer comparison: an event storage engine on its own storage, and what to close with it. Both sides
 * serialise the same event records with the same Jackson serializer (the kernel's {@link EventSerializer}) and read
 * 500 events per fetch, as the query side does.
 */
record ComparedStore(String name, EventStorageEngine engine, AutoCloseable resources) implements AutoCloseable {

    private static final int BATCH_SIZE = 500;

    /**
     * Ours as the application builds it (EventStoreConfiguration), on the embedded default's durable file backend:
     * committed to the OS before each write is answered and, only with {@code syncToDisk}
     * ({@code NRM_EMBEDDED_MONGODB_SYNC}, off by default), fsynced as well, as PostgreSQL does by default.
     */
    static ComparedStore ours(Path file, boolean syncToDisk) {
        MongoServer server = new MongoServer(new DurableH2Backend(file.toString(), syncToDisk));
        MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
        Serializer serializer = EventSerializer.create();
        EventStorageEngine engine = SequencedMongoEventStorageEngine.builder()
                .database(client.getDatabase("benchmark")).clock(Clock.systemUTC())
                .eventSerializer(serializer).snapshotSerializer(serializer)
                .batchSize(BATCH_SIZE)
                .build();
        return new ComparedStore(syncToDisk ? "ours, fsync" : "ours", engine, () -> {
            client.close();
            server.shutdownNow();
        });
    }

    /**
     * The peer as Axon's Spring Boot auto-configuration sets it up on a DataSource (JdbcAutoConfiguration,
     * TransactionAutoConfiguration): Spring transactions, a unit-of-work aware connection provider, HikariCP with
     * Boot's default pool of 10; the table and indexes are PostgresEventTableFactory's, created by the engine.
     */
    static ComparedStore peer(PostgresCluster cluster) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(cluster.jdbcUrl());
        dataSource.setUsername(PostgresCluster.USER);
        dataSource.setMaximumPoolSize(10);
        Serializer serializer = EventSerializer.create();
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .connectionProvider(new UnitOfWorkAwareConnectionProviderWrapper(
                        new SpringDataSourceConnectionProvider(dataSource)))
                .transactionManager(new SpringTransactionManager(new DataSourceTransactionManager(dataSource)))
                .persistenceExceptionResolver(new JdbcSQLErrorCodesResolver())
                .eventSerializer(serializer).snapshotSerializer(serializer)
                .batchSize(BATCH_SIZE)
                .build();
        engine.createSchema(PostgresEventTableFactory.INSTANCE);
        return new ComparedStore("peer", engine, dataSource::close);
    }

    @Override
    public void close() throws Exception {
        resources.close();
    }
}
