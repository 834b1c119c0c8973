package org.nrmtracker.query.audit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code audit_reads} is bounded by a retention (docs/consistency.md, "Bounded collections"). */
class AuditReadRetentionTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration TWO_YEARS = Duration.ofDays(730);

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;
    private final MongoDatabase database;

    AuditReadRetentionTest() {
        server.bind("127.0.0.1", 0);
        client = MongoClients.create(server.getConnectionString());
        database = client.getDatabase("nrm");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void auditReadsOlderThanTheRetentionAreForgottenAndLaterOnesKept() {
        recordReadAt(NOW.minus(TWO_YEARS).minusSeconds(1));
        recordReadAt(NOW.minus(TWO_YEARS).plusSeconds(1));
        recordReadAt(NOW.minusSeconds(60));

        long forgotten = new AuditReadRetention(database, Clock.fixed(NOW, ZoneOffset.UTC), TWO_YEARS)
                .forgetOlderThanRetention();

        assertThat(forgotten).isEqualTo(1);
        assertThat(database.getCollection(AuditReads.COLLECTION).find().into(new ArrayList<>()))
                .extracting(read -> read.getDate("at").toInstant())
                .containsExactlyInAnyOrder(NOW.minus(TWO_YEARS).plusSeconds(1), NOW.minusSeconds(60));
    }

    @Test
    void aRetentionShorterThanAYearIsRefused() {
        assertThatThrownBy(() -> new AuditReadRetention(database, Clock.systemUTC(), Duration.ofDays(364)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void recordReadAt(Instant at) {
        database.getCollection(AuditReads.COLLECTION).insertOne(new Document("at", Date.from(at))
                .append("who", "auditor").append("action", "GET /api/v1/audit/events"));
    }
}
