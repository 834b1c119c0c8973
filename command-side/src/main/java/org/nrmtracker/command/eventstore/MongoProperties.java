package org.nrmtracker.command.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param uri      {@code NRM_MONGODB_URI}: a MongoDB 7+ replica set in production (write concern and
 *                 read preference go in the URI); empty for the embedded default
 * @param database the database holding the event store, idempotency keys and read models
 */
@ConfigurationProperties("nrm.mongodb")
public record MongoProperties(String uri, String database) {
}
