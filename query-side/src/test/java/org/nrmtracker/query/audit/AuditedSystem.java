package org.nrmtracker.query.audit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.nrmtracker.kernel.eventstore.EventSerializer;
import org.nrmtracker.kernel.eventstore.SequencedMongoEventStorageEngine;
import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.Exploitation;
import org.nrmtracker.kernel.referral.ExploitationLocation;
import org.nrmtracker.kernel.referral.ExploitationType;
import org.nrmtracker.kernel.referral.FirstResponder;
import org.nrmtracker.kernel.referral.FirstResponderType;
import org.nrmtracker.kernel.referral.Gender;
import org.nrmtracker.kernel.referral.Jurisdiction;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.SealedText;
import org.nrmtracker.kernel.referral.Survivor;
import org.nrmtracker.query.QuerySideApplication;
import org.nrmtracker.query.security.TestTokens;
import org.nrmtracker.query.security.TrustTestTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An embedded MongoDB, the command side's event storage engine writing to it, and the query side
 * running over it on a free port: events go in as the command side stores them, and come out over
 * real HTTP, asked for by an auditor unless a test says otherwise.
 */
final class AuditedSystem implements AutoCloseable {

    static final String RECORDED_BY = "provider-7";
    static final String AUDITOR_CLIENT = "auditor-client";
    private static final Serializer SERIALIZER = EventSerializer.create();
    /** A subjectRef as stored: sealed (docs/personal-data.md); auditors see only this. */
    static final SealedText SEALED_CASE = new SealedText(SealedText.PREFIX + "q3Vz7nZpLWNhc2UtMDA0Mi1zZWFsZWQtd2l0aC1pdHMta2V5");

    private final MongoServer mongo = new MongoServer(new MemoryBackend());
    private final MongoClient client;
    private final ConfigurableApplicationContext app;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private SequencedMongoEventStorageEngine engine;

    private AuditedSystem() {
        mongo.bind("127.0.0.1", 0);
        client = MongoClients.create(mongo.getConnectionString());
        engine = newEngine();
        app = new SpringApplicationBuilder(QuerySideApplication.class, TrustTestTokens.class)
                .run("--server.port=0", "--nrm.mongodb.uri=" + mongo.getConnectionString());
        port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    static AuditedSystem start() {
        return new AuditedSystem();
    }

    MongoDatabase database() {
        return client.getDatabase("nrm");
    }

    MongoCollection<Document> commits() {
        return database().getCollection("events");
    }

    /** Stores one event as the command side does: its own commit, stamped with who recorded it. */
    void record(ReferralEvent event, long sequence, Instant recordedAt) {
        String id = event.referralId().toString();
        engine.appendEvents(List.of(new GenericDomainEventMessage<>("Referral", id, sequence, event,
                MetaData.with("recordedBy", RECORDED_BY).and("correlationId", "correlation-" + id + "-" + sequence),
                UUID.randomUUID().toString(), recordedAt)));
    }

    /** Starts again from an empty event store (the read models are left alone: audit reads do not use them). */
    void emptyTheStore() {
        commits().drop();
        database().getCollection("sequences").drop();
        engine = newEngine();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, auditor());
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", TestTokens.bearer(token)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", TestTokens.bearer(auditor()))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String auditor() {
        return TestTokens.client(AUDITOR_CLIENT).scopes("audit:read").token();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private SequencedMongoEventStorageEngine newEngine() {
        return SequencedMongoEventStorageEngine.builder()
                .database(database()).clock(Clock.systemUTC())
                .eventSerializer(SERIALIZER).snapshotSerializer(SERIALIZER).build();
    }

    /** A referral whose payload has non-ASCII text and nested objects, as providers post them. */
    static ReferralMade referral(ReferralId id, LocalDate referredOn) {
        return new ReferralMade(id, referredOn, Jurisdiction.ENGLAND_AND_WALES,
                new FirstResponder(FirstResponderType.NGO, "Zoë's Trust – Łódź office \uD83C\uDFE0"),
                new Survivor(null, AgeAtExploitation.ADULT, Gender.FEMALE, List.of("ALB", "VNM"), SEALED_CASE),
                new Exploitation(Set.of(ExploitationType.LABOUR, ExploitationType.CRIMINAL), ExploitationLocation.UK,
                        false));
    }

    @Override
    public void close() {
        app.close();
        client.close();
        mongo.shutdownNow();
    }
}
