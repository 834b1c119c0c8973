package org.nrmtracker.query.mongo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param uri      {@code NRM_MONGODB_URI} in production; by default the command side's embedded
 *                 server on {@code NRM_EMBEDDED_MONGODB_PORT}
 * @param database the database holding the event store and the read models
 */
@ConfigurationProperties("nrm.mongodb")
public record MongoProperties(String uri, String database) {
}
