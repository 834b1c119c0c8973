package org.nrmtracker.platform.mongo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code nrm.mongodb.*}, the one MongoDB both applications use.
 *
 * @param uri      {@code NRM_MONGODB_URI}: a MongoDB 7+ replica set in production: hosts, replica set,
 *                 credentials, TLS; write concern, read concern and read preference are the code's whatever it
 *                 says ({@link ConsistencySettings}). Locally the command side leaves it empty and starts the embedded
 *                 server; the query side connects to that server's port ({@code NRM_EMBEDDED_MONGODB_PORT})
 * @param database the database holding the event store, idempotency keys and read models
 */
@ConfigurationProperties("nrm.mongodb")
public record MongoProperties(String uri, String database) {
}
