package org.nrmtracker.platform.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The client settings the code owns, whatever {@code NRM_MONGODB_URI} says (docs/consistency.md, "Settings the code
 * owns"): writes acknowledged by a majority and journaled, reads of majority-committed data only, from the primary.
 * So no node chains a commit onto an event a failover later rolls back, the query side never projects such an
 * event, and no load, chain-head lookup or idempotency check reads a lagging secondary. The URI gives the hosts,
 * the replica set, credentials and TLS; the time bounds below apply where it sets none.
 */
public final class ConsistencySettings {

    public static final WriteConcern WRITE_CONCERN = WriteConcern.MAJORITY.withJournal(true)
            .withWTimeout(15, TimeUnit.SECONDS);
    public static final ReadConcern READ_CONCERN = ReadConcern.MAJORITY;
    public static final ReadPreference READ_PREFERENCE = ReadPreference.primary();

    /** Longer than an election (about 12 s with MongoDB's defaults), so a failover delays requests, not fails them. */
    static final Duration SERVER_SELECTION = Duration.ofSeconds(15);
    static final Duration CONNECT = Duration.ofSeconds(10);
    /** A request waits for a free connection at most as long as for a server (the driver's default is 2 minutes). */
    /** No operation waits for an answer longer: a connection that stopped answering is given up, not waited on. */
    static final Duration SOCKET_READ = Duration.ofSeconds(60);

    public static MongoClientSettings of(String uri) {
        ConnectionString given = new ConnectionString(uri);
        return MongoClientSettings.builder()
                .applyConnectionString(given)
                .writeConcern(WRITE_CONCERN)
                .readConcern(READ_CONCERN)
                .readPreference(READ_PREFERENCE)
                .retryWrites(true)
                .retryReads(true)
                .applyToClusterSettings(cluster -> {
                    if (given.getServerSelectionTimeout() == null) {
                        cluster.serverSelectionTimeout(SERVER_SELECTION.toMillis(), TimeUnit.MILLISECONDS);
                    }
                })
                .applyToConnectionPoolSettings(pool -> {
                    if (given.getMaxWaitTime() == null) {
                        pool.maxWaitTime(SERVER_SELECTION.toMillis(), TimeUnit.MILLISECONDS);
                    }
                })
                .applyToSocketSettings(socket -> {
                    if (given.getConnectTimeout() == null) {
                        socket.connectTimeout(CONNECT.toMillis(), TimeUnit.MILLISECONDS);
                    }
                    if (given.getSocketTimeout() == null) {
                        socket.readTimeout(SOCKET_READ.toMillis(), TimeUnit.MILLISECONDS);
                    }
                })
                .build();
    }

    private ConsistencySettings() {
    }
}
