package org.nrmtracker.command.embedded;

/** The connection string of the embedded server, when it runs. */
public record EmbeddedMongoConnection(String uri) {
}
