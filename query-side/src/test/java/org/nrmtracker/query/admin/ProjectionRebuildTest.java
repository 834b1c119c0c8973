package org.nrmtracker.query.admin;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.referral.Jurisdiction;
import org.nrmtracker.kernel.referral.ReferralId;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.nrmtracker.query.Eventually;
import org.nrmtracker.query.QuerySideApplication;
import org.nrmtracker.query.RunningQuerySide;
import org.nrmtracker.query.referral.ReferralReadModels;
import org.nrmtracker.query.referral.ReferralRecords;
import org.nrmtracker.query.security.TestTokens;
import org.nrmtracker.query.security.TrustTestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** Rebuilding the read models beside the live ones (docs/api.md §7), over real HTTP, as an administrator. */
@RunningQuerySide
@Import(TrustTestTokens.class)
class ProjectionRebuildTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Value("${nrm.mongodb.uri}")
    String mongoUri;
    @Autowired
    ReferralRecords records;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStorageEngine eventStore;
    @Autowired
    ReferralReadModels readModels;

    @Test
    void aRebuildDuringLiveWritesLosesNothingAndFindsNoDifferences() throws Exception {
        try (MongoClient client = MongoClients.create(mongoUri)) {
            EventStoreWriter writer = new EventStoreWriter(client.getDatabase("nrm"));
            List<ReferralId> written = new java.util.concurrent.CopyOnWriteArrayList<>();
            for (int i = 0; i < 300; i++) {
                written.add(writer.referralWithDecision(i));
            }
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread live = new Thread(() -> {
                for (int i = 300; writing.get() && i < 5_000; i++) {
                    written.add(writer.referralWithDecision(i));
                }
            });
            live.start();
            JsonNode done = awaitCompletion(startRebuild());
            writing.set(false);
            live.join();

            assertThat(done.get("state").asString()).isEqualTo("COMPLETED");
            assertThat(done.get("differences").asLong()).isZero();
            assertThat(done.get("eventsProcessed").asLong()).isGreaterThanOrEqualTo(600);
            MongoCollection<Document> documents = client.getDatabase("nrm").getCollection("referral_records");
            assertThat(Eventually.holds(() -> written.stream()
                    .allMatch(id -> eventsOf(durable(documents, id.toString())) == 2)))
                    .as("every written referral, durable model").isTrue();
            assertThat(Eventually.holds(() -> records.all().stream().filter(r -> r.events().size() == 2).count()
                    >= written.size())).as("every written referral, in memory").isTrue();
            for (int n : new int[] {0, 1, 2, 299}) {
                String id = written.get(n).toString();
                assertThat(durable(documents, id).getString("organisation")).as("organisation of referral %d", n)
                        .isEqualTo(EventStoreWriter.organisationOf(n));
                assertThat(records.all().stream().filter(r -> r.referralId().equals(id)).findFirst().orElseThrow()
                        .organisation()).isEqualTo(EventStoreWriter.organisationOf(n));
            }
        }
    }

    @Test
    void corruptedDocumentsAreCountedAsDifferencesAndRepaired() throws Exception {
        try (MongoClient client = MongoClients.create(mongoUri)) {
            EventStoreWriter writer = new EventStoreWriter(client.getDatabase("nrm"));
            ReferralId corrupted = writer.referralWithDecision(0); // England and Wales
            ReferralId deleted = writer.referralWithDecision(3);
            ReferralId reassigned = writer.referralWithDecision(1); // organisation-1
            assertThat(Eventually.holds(() -> records.byId(deleted.toString()).isPresent()
                    && records.byId(corrupted.toString()).isPresent()
                    && records.byId(reassigned.toString()).isPresent())).isTrue();
            // corrupt only what the live processors have finished with (their tokens are past it):
            // a rebuild re-applies events after the slowest token to the live model before comparing
            assertThat(Eventually.holds(this::processorsCaughtUp)).isTrue();
            readModels.snapshotInMemory(GapAwareTrackingToken.newInstance(0, List.of()));
            MongoCollection<Document> live = client.getDatabase("nrm").getCollection("referral_records");
            live.updateOne(Filters.eq("_id", corrupted.toString()), Updates.set("jurisdiction", "SCOTLAND"));
            live.deleteOne(Filters.eq("_id", deleted.toString()));
            live.updateOne(Filters.eq("_id", reassigned.toString()), Updates.set("organisation", "someone-else"));

            JsonNode done = awaitCompletion(startRebuild());

            assertThat(done.get("state").asString()).isEqualTo("COMPLETED");
            assertThat(done.get("differences").asLong()).isEqualTo(3);
            // repaired where they were corrupted, in referral_records, and the same in memory
            assertThat(durable(live, reassigned.toString()).getString("organisation")).isEqualTo("organisation-1");
            assertThat(durable(live, corrupted.toString()).getString("jurisdiction"))
                    .isEqualTo(Jurisdiction.ENGLAND_AND_WALES.name());
            assertThat(eventsOf(durable(live, deleted.toString()))).isEqualTo(2);
            assertThat(records.byId(reassigned.toString()).orElseThrow().organisation()).isEqualTo("organisation-1");
            assertThat(records.byId(corrupted.toString()).orElseThrow().jurisdiction())
                    .isEqualTo(Jurisdiction.ENGLAND_AND_WALES);
            assertThat(records.byId(deleted.toString())).isPresent();
            assertThat(readModels.snapshotPosition()).as("the snapshot of the model before it is gone").isEqualTo(-1);
        }
    }

    @Test
    void withASecondInstanceWritingReferralRecordsARebuildLosesNothingAndLeavesNoCollectionBehind() throws Exception {
        try (MongoClient client = MongoClients.create(mongoUri);
             ConfigurableApplicationContext second = new SpringApplicationBuilder(QuerySideApplication.class,
                     TrustTestTokens.class).run("--server.port=0", "--nrm.mongodb.uri=" + mongoUri)) {
            EventStoreWriter writer = new EventStoreWriter(client.getDatabase("nrm"));
            MongoCollection<Document> documents = client.getDatabase("nrm").getCollection("referral_records");
            List<ReferralId> written = new java.util.concurrent.CopyOnWriteArrayList<>();
            for (int i = 0; i < 100; i++) {
                written.add(writer.referralWithDecision(i));
            }
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread live = new Thread(() -> {
                for (int i = 100; writing.get() && i < 3_000; i++) {
                    written.add(writer.referralWithDecision(i));
                }
            });
            live.start();
            JsonNode done = awaitCompletion(startRebuild());
            writing.set(false);
            live.join();

            assertThat(done.get("state").asString()).isEqualTo("COMPLETED");
            assertThat(Eventually.holds(() -> written.stream()
                    .allMatch(id -> eventsOf(durable(documents, id.toString())) == 2)))
                    .as("every written referral in referral_records, whichever instance wrote it").isTrue();
            assertThat(client.getDatabase("nrm").listCollectionNames().into(new ArrayList<>()))
                    .noneMatch(name -> name.startsWith("referral_records_rebuild_"));
        }
    }

    @Test
    void eventsAndDocumentsNoStoredEventBacksAreRemovedAndAReferralTheStoreLacksIsKept() throws Exception {
        try (MongoClient client = MongoClients.create(mongoUri)) {
            ReferralId id = new EventStoreWriter(client.getDatabase("nrm")).referralWithDecision(7);
            assertThat(Eventually.holds(() -> records.byId(id.toString()).isPresent())).isTrue();
            assertThat(Eventually.holds(this::processorsCaughtUp)).isTrue();
            readModels.snapshotInMemory(GapAwareTrackingToken.newInstance(0, List.of()));
            MongoCollection<Document> live = client.getDatabase("nrm").getCollection("referral_records");
            Document anEvent = (Document) durable(live, id.toString()).get("events", Document.class).get("1");
            live.updateOne(Filters.eq("_id", id.toString()), Updates.set("events.9", anEvent));
            live.insertOne(new Document("_id", "events-only").append("events", new Document("1", anEvent)));
            String unknown = ReferralId.random().toString();
            live.insertOne(new Document(durable(live, id.toString())).append("_id", unknown));
            try {
                JsonNode done = awaitCompletion(startRebuild());

                assertThat(done.get("state").asString()).isEqualTo("COMPLETED");
                assertThat(done.get("differences").asLong()).isGreaterThanOrEqualTo(3);
                assertThat(eventsOf(durable(live, id.toString()))).isEqualTo(2);
                assertThat(durable(live, "events-only")).isNull();
                assertThat(durable(live, unknown)).as("kept: it may be a referral recorded since").isNotNull();
            } finally {
                live.deleteOne(Filters.eq("_id", unknown)); // the other tests find no differences
            }
        }
    }

    /** A referral's document in referral_records, read directly: single reads may come from the in-memory model. */
    private static Document durable(MongoCollection<Document> live, String referralId) {
        return live.find(Filters.eq("_id", referralId)).first();
    }

    private static int eventsOf(Document record) {
        return record == null || record.get("events", Document.class) == null ? 0
                : record.get("events", Document.class).size();
    }

    private boolean processorsCaughtUp() {
        long head = eventStore.createHeadToken().position().orElse(0L);
        return ReferralReadModels.PROCESSING_GROUPS.stream().allMatch(group -> {
            TokenStore tokens = processing.tokenStore(group);
            return java.util.Arrays.stream(tokens.fetchSegments(group)).allMatch(segment -> {
                TrackingToken token = tokens.fetchToken(group, segment);
                return token != null && token.position().orElse(0L) >= head;
            });
        });
    }

    private String startRebuild() throws Exception {
        HttpResponse<String> started = HTTP.send(asAdmin("/api/v1/admin/projection-rebuilds")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).isEqualTo(202);
        return started.headers().firstValue("Location").orElseThrow();
    }

    private JsonNode awaitCompletion(String location) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
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
        return HttpRequest.newBuilder(uri(path)).header("Authorization", TestTokens.bearer(TestTokens.admin()));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
