package org.nrmtracker.platform.mongo;

/** The connection string of the embedded server, when the application runs one (the command side's local mode). */
public record EmbeddedMongoConnection(String uri) {
}
