package org.nrmtracker.query.reads;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.eventstore.EventSerializer;
import org.nrmtracker.kernel.eventstore.SequencedMongoEventStorageEngine;
import org.nrmtracker.kernel.eventstore.StoredEvents;
import org.nrmtracker.kernel.personaldata.PersonalData;
import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.query.SealedSubjectRefs;
import org.nrmtracker.kernel.referral.Exploitation;
import org.nrmtracker.kernel.referral.ExploitationLocation;
import org.nrmtracker.kernel.referral.ExploitationType;
import org.nrmtracker.kernel.referral.FirstResponder;
import org.nrmtracker.kernel.referral.FirstResponderType;
import org.nrmtracker.kernel.referral.Gender;
import org.nrmtracker.kernel.referral.Jurisdiction;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.Survivor;
import org.nrmtracker.query.RunningQuerySide;
import org.nrmtracker.query.security.TestTokens;
import org.nrmtracker.query.security.TrustTestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code minPosition} and {@code NRM-Position} over real HTTP (docs/api.md §1), with a short wait: a read waits
 * for its model and answers as soon as the model has the position, refuses with 503 when it does not get there,
 * and every answer names a position whose events it holds.
 */
@RunningQuerySide
@TestPropertySource(properties = "nrm.reads.min-position-wait=PT1S")
@Import(TrustTestTokens.class)
class PositionedReadsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ORGANISATION = "provider-org";

    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;
    @Autowired
    PersonalData personalData;

    @Test
    void aWaitingReadAnswersOnceTheModelHasTheEventItWaitsFor() throws Exception {
        long next = new StoredEvents(database).lastPosition() + 1;
        ReferralId id = ReferralId.random();
        CompletableFuture<HttpResponse<String>> waiting = getAsync("/api/v1/referrals/" + id + "/timeline?minPosition="
                + next, TestTokens.provider(ORGANISATION));
        Thread.sleep(100);

        refer(id);
        HttpResponse<String> answer = waiting.get();

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).get("events").size()).isEqualTo(1);
        assertThat(position(answer)).isGreaterThanOrEqualTo(next);
    }

    @Test
    void everyKindOfReadAnswersWithAPositionItsAnswerHolds() throws Exception {
        ReferralId id = ReferralId.random();
        long written = refer(id);

        HttpResponse<String> timeline = get("/api/v1/referrals/" + id + "?minPosition=" + written,
                TestTokens.provider(ORGANISATION));
        HttpResponse<String> list = get("/api/v1/referrals?size=500&minPosition=" + written, TestTokens.analyst());
        HttpResponse<String> csv = get("/api/v1/statistics/backlog?minPosition=" + written, TestTokens.analyst(),
                "Accept", "text/csv");
        HttpResponse<String> stream = get("/api/v1/audit/referrals/" + id + "/events?minPosition=" + written,
                TestTokens.auditor());

        for (HttpResponse<String> answer : List.of(timeline, list, csv, stream)) {
            assertThat(answer.statusCode()).as(answer.uri() + " " + answer.body()).isEqualTo(200);
            assertThat(position(answer)).as(answer.uri().toString()).isGreaterThanOrEqualTo(written);
        }
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        assertThat(JSON.readTree(list.body()).findValuesAsString("referralId")).contains(id.toString());
    }

    @Test
    void aPositionTheModelDoesNotReachInTimeIsA503WithRetryAfter() throws Exception {
        long beyond = new StoredEvents(database).lastPosition() + 1_000;
        long asked = System.nanoTime();

        HttpResponse<String> answer = get("/api/v1/statistics/decisions?stage=REASONABLE_GROUNDS&minPosition="
                + beyond, TestTokens.analyst());

        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(4));
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("1");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:nrm-tracker:problem:position-not-reached");
        assertThat(problem.get("minPosition").asLong()).isEqualTo(beyond);
        assertThat(answer.headers().firstValue("NRM-Position")).isEmpty();
    }

    @Test
    void aCsvReadThatIsNotThereInTimeIsTheSameProblem() throws Exception {
        long beyond = new StoredEvents(database).lastPosition() + 1_000;

        HttpResponse<String> answer = get("/api/v1/statistics/backlog?minPosition=" + beyond, TestTokens.analyst(),
                "Accept", "text/csv");

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("position-not-reached");
    }

    @Test
    void aMinPositionThatIsNoPositionIsABadRequestNamingIt() throws Exception {
        for (String wrong : List.of("-1", "abc", "1.5", "99999999999999999999")) {
            HttpResponse<String> answer = get("/api/v1/statistics/backlog?minPosition=" + wrong, TestTokens.analyst());

            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("minPosition").doesNotContain(wrong);
        }
    }

    /** Records a referral of the organisation as the command side does; returns its event's position. */
    private long refer(ReferralId id) {
        Serializer serializer = EventSerializer.create();
        SequencedMongoEventStorageEngine engine = SequencedMongoEventStorageEngine.builder().database(database)
                .clock(Clock.systemUTC()).eventSerializer(serializer).snapshotSerializer(serializer).build();
        engine.appendEvents(List.of(new GenericDomainEventMessage<>("Referral", id.toString(), 0,
                new ReferralMade(id, LocalDate.of(2024, 3, 1), Jurisdiction.ENGLAND_AND_WALES,
                        new FirstResponder(FirstResponderType.NGO, null),
                        SealedSubjectRefs.survivor(personalData, id, "case-0042"),
                        new Exploitation(Set.of(ExploitationType.LABOUR), ExploitationLocation.UK, false)),
                MetaData.with("recordedBy", "provider-client").and("organisation", ORGANISATION))));
        return new StoredEvents(database).positionOf(id.toString(), 0).orElseThrow();
    }

    private static long position(HttpResponse<String> answer) {
        return Long.parseLong(answer.headers().firstValue("NRM-Position").orElseThrow());
    }

    private HttpResponse<String> get(String pathAndQuery, String token, String... headers) throws Exception {
        return HTTP.send(request(pathAndQuery, token, headers), HttpResponse.BodyHandlers.ofString());
    }

    private CompletableFuture<HttpResponse<String>> getAsync(String pathAndQuery, String token) {
        return HTTP.sendAsync(request(pathAndQuery, token), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String pathAndQuery, String token, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .header("Authorization", TestTokens.bearer(token));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return request.build();
    }
}
