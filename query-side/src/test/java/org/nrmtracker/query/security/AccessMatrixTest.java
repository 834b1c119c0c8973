package org.nrmtracker.query.security;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.nrmtracker.kernel.eventstore.EventSerializer;
import org.nrmtracker.kernel.eventstore.SequencedMongoEventStorageEngine;
import org.nrmtracker.kernel.personaldata.PersonalData;
import org.nrmtracker.query.SealedSubjectRefs;
import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.Exploitation;
import org.nrmtracker.kernel.referral.ExploitationLocation;
import org.nrmtracker.kernel.referral.ExploitationType;
import org.nrmtracker.kernel.referral.FirstResponder;
import org.nrmtracker.kernel.referral.FirstResponderType;
import org.nrmtracker.kernel.referral.Gender;
import org.nrmtracker.kernel.referral.Jurisdiction;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.Survivor;
import org.nrmtracker.query.RunningQuerySide;
import org.nrmtracker.query.referral.ReferralRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.query.security.TestTokens.OTHER_PROVIDER_ORG;
import static org.nrmtracker.query.security.TestTokens.PROVIDER_ORG;

/**
 * Every query-side endpoint, asked by every kind of caller (docs/api.md §8): the provider whose organisation made
 * the referral, a provider of another organisation, an analyst, an auditor and an administrator; and without a
 * token, with one signed by a key nobody trusts, an expired one and malformed ones. Refusals are problems that
 * echo nothing of the token.
 */
@RunningQuerySide
@Import(TrustTestTokens.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ReferralId REFERRAL = ReferralId.random();
    private static final String ALL_SCOPES = "referrals:write statistics:read audit:read admin";

    /** Who asks; the last four are turned away before any scope is looked at. */
    enum Caller {
        OWNING_PROVIDER(() -> TestTokens.provider(PROVIDER_ORG)),
        OTHER_PROVIDER(() -> TestTokens.provider(OTHER_PROVIDER_ORG)),
        ANALYST(TestTokens::analyst),
        AUDITOR(TestTokens::auditor),
        ADMIN(TestTokens::admin),
        NO_TOKEN(() -> null),
        WRONG_SIGNATURE(() -> everything().signedByStranger().token()),
        EXPIRED(() -> everything().expiredFor(Duration.ofMinutes(10)).token()),
        MALFORMED(() -> "not-a-jwt"),
        UNSIGNED(() -> "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwic2NvcGUiOlsiYWRtaW4iXX0.");

        final Supplier<String> token;

        Caller(Supplier<String> token) {
            this.token = token;
        }

        boolean authenticated() {
            return ordinal() <= ADMIN.ordinal();
        }

        private static TestTokens.Token everything() {
            return TestTokens.client("everything").scopes(ALL_SCOPES.split(" ")).organisation(PROVIDER_ORG);
        }
    }

    /** An endpoint and the answer of each caller it lets in; every other valid token gets 403. */
    record Endpoint(String method, String path, Map<Caller, Integer> allowed) {
        int expected(Caller caller) {
            if (path.startsWith("/actuator/health")) {
                return 200;
            }
            if (path.startsWith("/v3/api-docs") && caller == Caller.NO_TOKEN) {
                return 200; // local mode: the API description is open; a bearer token that is sent is still checked
            }
            if (!caller.authenticated()) {
                return 401;
            }
            return allowed.getOrDefault(caller, 403);
        }
    }

    @LocalServerPort
    int port;
    @Value("${nrm.mongodb.uri}")
    String mongoUri;
    @Autowired
    ReferralRecords records;
    @Autowired
    MeterRegistry meters;
    @Autowired
    PersonalData personalData;
    String rebuild;

    @BeforeAll
    void recordAReferralOfTheOwningProvider() throws Exception {
        try (MongoClient client = MongoClients.create(mongoUri)) {
            Serializer serializer = EventSerializer.create();
            SequencedMongoEventStorageEngine engine = SequencedMongoEventStorageEngine.builder()
                    .database(client.getDatabase("nrm")).clock(Clock.systemUTC())
                    .eventSerializer(serializer).snapshotSerializer(serializer).build();
            MetaData recorded = MetaData.with("recordedBy", "provider-client").and("organisation", PROVIDER_ORG);
            LocalDate referredOn = LocalDate.of(2024, 3, 1);
            engine.appendEvents(List.of(
                    new GenericDomainEventMessage<>("Referral", REFERRAL.toString(), 0, new ReferralMade(REFERRAL,
                            referredOn, Jurisdiction.ENGLAND_AND_WALES, new FirstResponder(FirstResponderType.NGO, null),
                            SealedSubjectRefs.survivor(personalData, REFERRAL, "case-0042"),
                            new Exploitation(Set.of(ExploitationType.LABOUR), ExploitationLocation.UK, false)),
                            recorded),
                    new GenericDomainEventMessage<>("Referral", REFERRAL.toString(), 1,
                            new ReasonableGroundsDecisionRecorded(REFERRAL, referredOn.plusDays(5), DecisionOutcome.POSITIVE),
                            recorded)));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (records.all().stream().noneMatch(r -> r.events().size() == 2)
                || records.byId(REFERRAL.toString()).map(r -> r.events().size() != 2).orElse(true)) {
            assertThat(System.nanoTime()).as("the referral reached the read models").isLessThan(deadline);
            Thread.sleep(50);
        }
        HttpResponse<String> started = send("POST", "/api/v1/admin/projection-rebuilds", TestTokens.admin());
        assertThat(started.statusCode()).isEqualTo(202);
        rebuild = started.headers().firstValue("Location").orElseThrow();
        while (send("GET", rebuild, TestTokens.admin()).body().contains("\"RUNNING\"")) {
            Thread.sleep(50);
        }
    }

    List<Endpoint> endpoints() {
        String referral = REFERRAL.toString();
        String recordedBefore = Instant.now().plus(Duration.ofHours(1)).toString();
        Map<Caller, Integer> timelineReaders = Map.of(Caller.OWNING_PROVIDER, 200, Caller.OTHER_PROVIDER, 404,
                Caller.ANALYST, 200);
        // issue 17: providers read statistics too, counting only their own organisation's referrals
        Map<Caller, Integer> statisticsReaders = Map.of(Caller.OWNING_PROVIDER, 200, Caller.OTHER_PROVIDER, 200,
                Caller.ANALYST, 200);
        Map<Caller, Integer> anyToken = Map.of(Caller.OWNING_PROVIDER, 200, Caller.OTHER_PROVIDER, 200,
                Caller.ANALYST, 200, Caller.AUDITOR, 200, Caller.ADMIN, 200);
        return List.of(
                new Endpoint("GET", "/api/v1/referrals/" + referral + "/timeline", timelineReaders),
                new Endpoint("GET", "/api/v1/referrals/" + referral, timelineReaders),
                new Endpoint("GET", "/api/v1/referrals?status=AWAITING_CONCLUSIVE_GROUNDS", Map.of(
                        Caller.OWNING_PROVIDER, 200, Caller.OTHER_PROVIDER, 200, Caller.ANALYST, 200)),
                new Endpoint("GET", "/api/v1/statistics/referral-cohorts", statisticsReaders),
                new Endpoint("GET", "/api/v1/statistics/decisions?stage=REASONABLE_GROUNDS", statisticsReaders),
                new Endpoint("GET", "/api/v1/statistics/backlog", statisticsReaders),
                new Endpoint("GET", "/api/v1/statistics/conclusive-grounds-survival", statisticsReaders),
                new Endpoint("GET", "/api/v1/statistics/backlog-series", statisticsReaders),
                new Endpoint("GET", "/api/v1/caseload", Map.of(Caller.OWNING_PROVIDER, 200, Caller.OTHER_PROVIDER, 200)),
                new Endpoint("GET", "/api/v1/audit/referrals/" + referral + "/events", Map.of(Caller.AUDITOR, 200)),
                new Endpoint("POST", "/api/v1/audit/integrity-checks", Map.of(Caller.AUDITOR, 200)),
                new Endpoint("GET", "/api/v1/audit/events?limit=10", Map.of(Caller.AUDITOR, 200)),
                new Endpoint("GET", "/api/v1/audit/referrals/" + referral + "/timeline?recordedBefore=" + recordedBefore,
                        Map.of(Caller.AUDITOR, 200)),
                new Endpoint("GET", rebuild, Map.of(Caller.ADMIN, 200)),
                new Endpoint("GET", "/actuator/prometheus", Map.of(Caller.ADMIN, 200)),
                new Endpoint("GET", "/actuator/info", Map.of(Caller.ADMIN, 200)),
                new Endpoint("GET", "/actuator/health", Map.of()),
                new Endpoint("GET", "/actuator/health/liveness", Map.of()),
                new Endpoint("GET", "/v3/api-docs", anyToken),
                // last: it starts a rebuild, which stops the processors for a moment
                new Endpoint("POST", "/api/v1/admin/projection-rebuilds", Map.of(Caller.ADMIN, 202)));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryCallerAsContract8Says() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Caller caller : Caller.values()) {
                tests.add(DynamicTest.dynamicTest(endpoint.method() + " " + endpoint.path() + " as " + caller,
                        () -> assertAnswer(endpoint, caller)));
            }
        }
        return tests.stream();
    }

    @Test
    void onlyTheOwningProviderSeesTheReferralWithItsSubjectRefAndAnalystsSeeItWithout() throws Exception {
        String timeline = "/api/v1/referrals/" + REFERRAL + "/timeline";
        JsonNode own = JSON.readTree(send("GET", timeline, Caller.OWNING_PROVIDER.token.get()).body());
        JsonNode analysed = JSON.readTree(send("GET", timeline, Caller.ANALYST.token.get()).body());
        JsonNode ownList = JSON.readTree(send("GET", "/api/v1/referrals", Caller.OWNING_PROVIDER.token.get()).body());
        JsonNode otherList = JSON.readTree(send("GET", "/api/v1/referrals", Caller.OTHER_PROVIDER.token.get()).body());
        JsonNode analysedList = JSON.readTree(send("GET", "/api/v1/referrals", Caller.ANALYST.token.get()).body());

        assertThat(own.get("subjectRef").asString()).isEqualTo("case-0042");
        assertThat(analysed.has("subjectRef")).isFalse();
        assertThat(analysed.get("status").asString()).isEqualTo(own.get("status").asString());
        assertThat(ownList.at("/content/0/subjectRef").asString()).isEqualTo("case-0042");
        assertThat(ownList.get("totalElements").asInt()).isEqualTo(1);
        assertThat(otherList.get("totalElements").asInt()).isZero();
        assertThat(analysedList.get("totalElements").asInt()).isEqualTo(1);
        assertThat(analysedList.at("/content/0").has("subjectRef")).isFalse();
    }

    /** Requests are timed per endpoint; Spring Security's observations of each filter are off (application.yml). */
    @Test
    void requestsAreTimedWithoutSpringSecuritysOwnObservations() throws Exception {
        String timeline = "/api/v1/referrals/" + REFERRAL + "/timeline";
        assertThat(send("GET", timeline, Caller.ANALYST.token.get()).statusCode()).isEqualTo(200);

        assertThat(meters.find("http.server.requests").tag("uri", "/api/v1/referrals/{referralId}/timeline").timers())
                .isNotEmpty();
        assertThat(meters.getMeters()).extracting(meter -> meter.getId().getName())
                .noneMatch(name -> name.startsWith("spring.security"));
    }

    private void assertAnswer(Endpoint endpoint, Caller caller) throws Exception {
        String token = caller.token.get();
        HttpResponse<String> answer = send(endpoint.method(), endpoint.path(), token);
        int expected = endpoint.expected(caller);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(expected);
        if (expected == 200 && endpoint.path().startsWith("/api/v1/") && !endpoint.path().startsWith("/api/v1/admin")) {
            // docs/api.md §1: every read answer says how far the data it was read from had got (its values are
            // PositionedReadsApiTest's and the end-to-end tests' business)
            assertThat(answer.headers().firstValue("NRM-Position")).as("NRM-Position")
                    .hasValueSatisfying(position -> assertThat(Long.parseLong(position)).isNotNegative());
        }
        if (expected == 401 || expected == 403) {
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.get("status").asInt()).isEqualTo(expected);
            if (expected == 401) {
                assertThat(problem.get("type").asString()).isEqualTo("urn:nrm-tracker:problem:unauthorized");
                assertThat(problem.get("title").asString()).isEqualTo("Authentication required");
                assertThat(problem.get("detail").asString()).isEqualTo("A valid bearer token is required.");
                assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                        challenge -> assertThat(challenge).startsWith("Bearer"));
            } else {
                assertThat(problem.get("type").asString()).isEqualTo("urn:nrm-tracker:problem:forbidden");
                assertThat(problem.get("title").asString()).isEqualTo("Forbidden");
                assertThat(problem.get("detail").asString())
                        .isEqualTo("The token's scopes do not allow this request.");
                assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                        challenge -> assertThat(challenge).contains("insufficient_scope"));
            }
            if (token != null) {
                String everything = answer.body() + answer.headers().map();
                for (String part : token.split("\\.")) {
                    if (part.length() > 8) {
                        assertThat(everything).doesNotContain(part);
                    }
                }
                assertThat(everything).doesNotContain(PROVIDER_ORG, "everything", "expired");
            }
        }
    }

    private HttpResponse<String> send(String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", TestTokens.bearer(token));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
