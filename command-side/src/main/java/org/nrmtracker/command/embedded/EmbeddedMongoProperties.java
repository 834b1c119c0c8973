package org.nrmtracker.command.embedded;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The local default: where the in-process server listens and keeps its file.
 *
 * @param port       {@code NRM_EMBEDDED_MONGODB_PORT}; 0 picks a free port (tests)
 * @param file       the H2 data file, kept across restarts; empty keeps everything in memory, gone when the
 *                   application stops (the tests, the benchmark, a throwaway demo)
 * @param syncToDisk fsync every write as well, to survive power loss and not only a crash
 */
@ConfigurationProperties("nrm.embedded-mongodb")
public record EmbeddedMongoProperties(int port, String file, boolean syncToDisk) {
}
