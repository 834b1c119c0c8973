package org.nrmtracker.query.admin;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.nrmtracker.query.Eventually;
import org.nrmtracker.query.RunningQuerySide;
import org.nrmtracker.query.security.TestTokens;
import org.nrmtracker.query.security.TrustTestTokens;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rebuilds on a store with no events yet (issue 14 finding 8): one at a time across instances through the lease in
 * MongoDB, complete on an empty store, leave no collection behind, drop what an interrupted rebuild of an earlier
 * version left, and make the embedded server (in production, the command side's) log no error.
 */
@RunningQuerySide(storeHolds = RebuildLeaseTest.LeftByAnInterruptedRebuild.class)
@Import(TrustTestTokens.class)
class RebuildLeaseTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String LEFTOVER = "referral_records_rebuild_0b7c5a34-1d6e-4d55-9c0e-2f8a9b6c7d10";

    /** The collection an earlier version's rebuild wrote beside the live one, and never renamed: it was stopped. */
    static final class LeftByAnInterruptedRebuild implements RunningQuerySide.StoreBeforeStart {
        @Override
        public void write(MongoDatabase database) {
            database.getCollection(LEFTOVER).insertOne(new Document("_id", "half-written"));
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;

    @Test
    void whatAnInterruptedRebuildLeftIsDroppedAtStart() throws Exception {
        assertThat(Eventually.holds(() -> rebuildCollections().isEmpty())).as("collections %s", rebuildCollections())
                .isTrue();
    }

    @Test
    void aRebuildOfAnEmptyStoreCompletesWithoutAnErrorLoggedByTheServerAndLeavesNothingBehind() throws Exception {
        ListAppender<ILoggingEvent> serverLog = new ListAppender<>();
        Logger server = (Logger) LoggerFactory.getLogger("de.bwaldvogel");
        serverLog.start();
        server.addAppender(serverLog);
        try {
            HttpResponse<String> started = startRebuild();
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            JsonNode done = awaitCompletion(started.headers().firstValue("Location").orElseThrow());

            assertThat(done.get("state").asString()).isEqualTo("COMPLETED");
            assertThat(done.get("differences").asLong()).isZero();
        } finally {
            server.detachAppender(serverLog);
        }
        assertThat(serverLog.list).noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.ERROR));
        assertThat(rebuildCollections()).isEmpty();
        assertThat(database.getCollection(RebuildLease.COLLECTION).countDocuments()).as("the lease, given back")
                .isZero();
    }

    @Test
    void whileAnotherInstanceHoldsTheLeaseARebuildIsRefusedAndOnceItExpiredItIsTakenOver() throws Exception {
        Instant now = Instant.now();
        database.getCollection(RebuildLease.COLLECTION).insertOne(new Document("_id", "projection-rebuild")
                .append("rebuildId", "another").append("instance", "another-instance")
                .append("expiresAt", Date.from(now.plusSeconds(60))));

        HttpResponse<String> refused = startRebuild();

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(refused.body()).get("detail").asString()).contains("another query-side instance");

        // that instance died: its lease is no longer renewed and expires
        database.getCollection(RebuildLease.COLLECTION).updateOne(Filters.eq("_id", "projection-rebuild"),
                Updates.set("expiresAt", Date.from(now.minusSeconds(1))));
        HttpResponse<String> started = startRebuild();

        assertThat(started.statusCode()).isEqualTo(202);
        assertThat(awaitCompletion(started.headers().firstValue("Location").orElseThrow()).get("state").asString())
                .isEqualTo("COMPLETED");
        assertThat(database.getCollection(RebuildLease.COLLECTION).countDocuments()).isZero();
    }

    private List<String> rebuildCollections() {
        return database.listCollectionNames().into(new ArrayList<>()).stream()
                .filter(name -> name.startsWith("referral_records_rebuild_")).toList();
    }

    private HttpResponse<String> startRebuild() throws Exception {
        return HTTP.send(asAdmin("/api/v1/admin/projection-rebuilds").POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode awaitCompletion(String location) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            JsonNode status = JSON.readTree(HTTP.send(asAdmin(location).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            if (!"RUNNING".equals(status.get("state").asString()) || System.nanoTime() > deadline) {
                return status;
            }
            Thread.sleep(100);
        }
    }

    private HttpRequest.Builder asAdmin(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", TestTokens.bearer(TestTokens.admin()));
    }
}
