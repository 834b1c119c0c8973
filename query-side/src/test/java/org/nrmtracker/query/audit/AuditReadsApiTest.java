package org.nrmtracker.query.audit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.integrity.AuditedEvent;
import org.nrmtracker.kernel.integrity.HashChain;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReconsiderationRequested;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.query.security.TestTokens;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit reads of docs/api.md §6.1, §6.3 and §6.4 over real HTTP, and the record each one leaves. */
class AuditReadsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ReferralId RECONSIDERED = ReferralId.random();
    private static final ReferralId OTHER = ReferralId.random();
    private static final LocalDate REFERRED_ON = LocalDate.of(2024, 3, 1);
    private static final Instant NEW_DECISION_RECORDED = Instant.parse("2024-03-20T15:30:00Z");

    private static AuditedSystem system;

    @BeforeAll
    static void start() {
        system = AuditedSystem.start();
        // a negative decision, a reconsideration, and the positive decision that superseded it
        system.record(AuditedSystem.referral(RECONSIDERED, REFERRED_ON), 0, Instant.parse("2024-03-01T10:00:00Z"));
        system.record(AuditedSystem.referral(OTHER, REFERRED_ON), 0, Instant.parse("2024-03-02T09:00:00Z"));
        system.record(new ReasonableGroundsDecisionRecorded(RECONSIDERED, LocalDate.of(2024, 3, 6), DecisionOutcome.NEGATIVE),
                1, Instant.parse("2024-03-06T11:00:00Z"));
        system.record(new ReconsiderationRequested(RECONSIDERED, DecisionStage.REASONABLE_GROUNDS, LocalDate.of(2024, 3, 10)),
                2, Instant.parse("2024-03-10T09:00:00Z"));
        system.record(new ReasonableGroundsDecisionRecorded(OTHER, LocalDate.of(2024, 3, 12), DecisionOutcome.POSITIVE),
                1, Instant.parse("2024-03-12T12:00:00Z"));
        system.record(new ReasonableGroundsDecisionRecorded(RECONSIDERED, LocalDate.of(2024, 3, 20), DecisionOutcome.POSITIVE),
                3, NEW_DECISION_RECORDED);
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void aReferralsStreamIsShownExactlyAsStoredOldestFirstAndItsHashesCanBeRecomputed() throws Exception {
        HttpResponse<String> answer = system.get("/api/v1/audit/referrals/" + RECONSIDERED + "/events");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode events = JSON.readTree(answer.body());
        assertThat(events).hasSize(4);
        assertThat(fieldNames(events.get(0))).containsExactly("sequence", "type", "payload", "recordedAt",
                "recordedBy", "correlationId", "previousHash", "hash");
        assertThat(events.valueStream().map(event -> event.get("type").asString())).containsExactly("REFERRED", "REASONABLE_GROUNDS_DECISION",
                "RECONSIDERATION_REQUESTED", "REASONABLE_GROUNDS_DECISION");
        JsonNode referred = events.get(0);
        assertThat(referred.get("payload").isObject()).isTrue();
        assertThat(referred.at("/payload/referralId").asString()).isEqualTo(RECONSIDERED.toString());
        assertThat(referred.at("/payload/firstResponder/organisation").asString()).isEqualTo("Zoë's Trust – Łódź office \uD83C\uDFE0");
        assertThat(referred.get("recordedAt").asString()).isEqualTo("2024-03-01T10:00:00.000Z");
        assertThat(referred.get("recordedBy").asString()).isEqualTo(AuditedSystem.RECORDED_BY);
        assertThat(referred.get("correlationId").asString()).isEqualTo("correlation-" + RECONSIDERED + "-0");
        assertThat(events.get(3).at("/payload/outcome").asString()).isEqualTo("POSITIVE");

        String previous = HashChain.GENESIS;
        for (JsonNode event : events) {
            assertThat(event.get("previousHash").asString()).isEqualTo(previous);
            String recomputed = HashChain.link(previous, new AuditedEvent(RECONSIDERED.toString(),
                    event.get("sequence").asLong(), event.get("type").asString(),
                    JSON.writeValueAsString(event.get("payload")), event.get("recordedAt").asString(),
                    event.get("recordedBy").asString()));
            assertThat(event.get("hash").asString()).isEqualTo(recomputed);
            previous = recomputed;
        }
    }

    @Test
    void anUnknownReferralIsNotFoundAndAnIdThatIsNoUuidIsABadRequest() throws Exception {
        HttpResponse<String> unknown = system.get("/api/v1/audit/referrals/" + UUID.randomUUID() + "/events");
        HttpResponse<String> malformed = system.get("/api/v1/audit/referrals/not-a-uuid/events");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(unknown.body()).get("type").asString())
                .isEqualTo("urn:nrm-tracker:problem:referral-not-found");
        assertThat(malformed.statusCode()).isEqualTo(400);
    }

    @Test
    void theGlobalStreamIsNdjsonInRecordingOrderWithPositions() throws Exception {
        HttpResponse<String> answer = system.get("/api/v1/audit/events");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/x-ndjson"));
        List<JsonNode> lines = lines(answer.body());
        assertThat(lines).extracting(line -> line.get("position").asLong()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(lines).extracting(line -> line.get("referralId").asString()).containsExactly(
                RECONSIDERED.toString(), OTHER.toString(), RECONSIDERED.toString(), RECONSIDERED.toString(),
                OTHER.toString(), RECONSIDERED.toString());
        assertThat(fieldNames(lines.get(0))).containsExactly("position", "referralId", "sequence", "type", "payload",
                "recordedAt", "recordedBy", "correlationId", "previousHash", "hash");
        assertThat(lines.get(4).at("/payload/outcome").asString()).isEqualTo("POSITIVE");
    }

    @Test
    void theGlobalStreamResumesAfterTheLastPositionRead() throws Exception {
        List<Long> read = new ArrayList<>();
        long after = 0;
        while (true) {
            List<JsonNode> page = lines(system.get("/api/v1/audit/events?after=" + after + "&limit=4").body());
            if (page.isEmpty()) {
                break;
            }
            assertThat(page).hasSizeLessThanOrEqualTo(4);
            page.forEach(line -> read.add(line.get("position").asLong()));
            after = page.get(page.size() - 1).get("position").asLong();
        }

        assertThat(read).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(system.get("/api/v1/audit/events?after=999").body()).isEmpty();
    }

    @Test
    void globalStreamParametersOutsideTheirRangeAreBadRequests() throws Exception {
        for (String query : List.of("limit=0", "limit=1000001", "limit=many", "after=-1", "after=first")) {
            HttpResponse<String> answer = system.get("/api/v1/audit/events?" + query);
            assertThat(answer.statusCode()).as(query).isEqualTo(400);
            assertThat(JSON.readTree(answer.body()).get("type").asString()).as(query)
                    .isEqualTo("urn:nrm-tracker:problem:invalid-request");
        }
    }

    @Test
    void beforeTheNewDecisionWasRecordedTheTimelineShowsTheNegativeOneAndAfterItTheWaitForConclusiveGrounds()
            throws Exception {
        JsonNode before = timeline("recordedBefore=" + NEW_DECISION_RECORDED);
        JsonNode after = timeline("recordedBefore=" + NEW_DECISION_RECORDED.plusMillis(1));

        assertThat(before.get("status").asString()).isEqualTo("NEGATIVE_REASONABLE_GROUNDS");
        assertThat(before.get("events")).hasSize(3);
        assertThat(before.at("/reasonableGrounds/outcome").asString()).isEqualTo("NEGATIVE");
        assertThat(before.at("/windows/0/state").asString()).isEqualTo("NOT_STARTED");
        assertThat(after.get("status").asString()).isEqualTo("AWAITING_CONCLUSIVE_GROUNDS");
        assertThat(after.get("events")).hasSize(4);
        assertThat(after.at("/reasonableGrounds/outcome").asString()).isEqualTo("POSITIVE");
        assertThat(after.at("/reasonableGrounds/firstDecidedOn").asString()).isEqualTo("2024-03-06");
        assertThat(after.at("/recoveryPeriod/startsOn").asString()).isEqualTo("2024-03-20");
    }

    @Test
    void asOfDefaultsToTheDateOfRecordedBeforeInLondon() throws Exception {
        // the 103-day window from 2024-03-20 ends on 2024-07-01; 23:30 UTC that day is already 2 July in London
        JsonNode timeline = timeline("recordedBefore=2024-07-01T23:30:00Z&windows=103");
        JsonNode explicit = timeline("recordedBefore=2024-07-01T23:30:00Z&windows=103&asOf=2024-07-01");

        assertThat(timeline.at("/windows/0/endsOn").asString()).isEqualTo("2024-07-01");
        assertThat(timeline.at("/windows/0/state").asString()).isEqualTo("MISSED");
        assertThat(explicit.at("/windows/0/state").asString()).isEqualTo("OPEN");
    }

    @Test
    void aReferralNotYetRecordedAtThatMomentIsNotFound() throws Exception {
        HttpResponse<String> answer = system.get("/api/v1/audit/referrals/" + RECONSIDERED
                + "/timeline?recordedBefore=2024-03-01T10:00:00Z");

        assertThat(answer.statusCode()).isEqualTo(404);
    }

    @Test
    void recordedBeforeIsARequiredInstant() throws Exception {
        String path = "/api/v1/audit/referrals/" + RECONSIDERED + "/timeline";
        for (String query : List.of("", "?recordedBefore=2024-03-20", "?recordedBefore=yesterday",
                "?recordedBefore=2024-03-21T00:00:00Z&asOf=2024-02-01", "?recordedBefore=2024-03-21T00:00:00Z&windows=0")) {
            HttpResponse<String> answer = system.get(path + query);
            assertThat(answer.statusCode()).as(query).isEqualTo(400);
        }
        assertThat(JSON.readTree(system.get(path).body()).at("/errors/0/field").asString()).isEqualTo("recordedBefore");
    }

    @Test
    void everyAuditReadIsRecordedWithWhoWhatAndWhenButNothingThatWasRead() throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger auditLog = (Logger) LoggerFactory.getLogger("nrm.audit");
        Level configured = auditLog.getLevel();
        auditLog.setLevel(Level.INFO); // logback-test.xml quiets everything below WARN; applications log INFO
        auditLog.addAppender(log);
        system.database().getCollection(AuditReads.COLLECTION).drop();
        Instant started = Instant.now().minusSeconds(1);
        try {
            system.get("/api/v1/audit/referrals/" + RECONSIDERED + "/events");
            system.get("/api/v1/audit/events?after=1&limit=2");
            system.get("/api/v1/audit/referrals/" + RECONSIDERED + "/timeline?recordedBefore=2024-04-01T00:00:00Z");
            system.post("/api/v1/audit/integrity-checks");
        } finally {
            auditLog.detachAppender(log);
            auditLog.setLevel(configured);
        }

        List<Document> reads = system.database().getCollection(AuditReads.COLLECTION).find()
                .into(new ArrayList<>());
        assertThat(reads).extracting(read -> read.getString("action")).containsExactly(
                "GET /api/v1/audit/referrals/{referralId}/events", "GET /api/v1/audit/events",
                "GET /api/v1/audit/referrals/{referralId}/timeline", "POST /api/v1/audit/integrity-checks");
        assertThat(reads).allSatisfy(read -> {
            assertThat(read.getString("who")).isEqualTo(AuditedSystem.AUDITOR_CLIENT);
            assertThat(read.getDate("at").toInstant()).isAfter(started).isBefore(Instant.now().plusSeconds(1));
        });
        assertThat(reads.get(0).getString("referralId")).isEqualTo(RECONSIDERED.toString());
        assertThat(reads.get(1).containsKey("referralId")).isFalse();
        assertThat(reads.get(1).get("parameters", Document.class)).isEqualTo(new Document("after", "1").append("limit", "2"));
        assertThat(reads.get(2).get("parameters", Document.class).getString("recordedBefore"))
                .isEqualTo("2024-04-01T00:00:00Z");

        assertThat(log.list).hasSize(4);
        assertThat(log.list.get(0).getFormattedMessage()).contains("who=" + AuditedSystem.AUDITOR_CLIENT,
                "GET /api/v1/audit/referrals/{referralId}/events", RECONSIDERED.toString());
        String everythingKept = reads.toString() + log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(everythingKept).doesNotContain("case-0042", "Zoë", "NEGATIVE", "POSITIVE");
    }

    @Test
    void theReaderRecordedIsTheTokensClientIdAheadOfItsSubject() throws Exception {
        String token = TestTokens.client("subject-of-the-token").clientId("client-of-the-token").scopes("audit:read")
                .token();

        assertThat(system.get("/api/v1/audit/events?limit=1", token).statusCode()).isEqualTo(200);

        Document last = system.database().getCollection(AuditReads.COLLECTION).find()
                .sort(new Document("at", -1)).first();
        assertThat(last.getString("who")).isEqualTo("client-of-the-token");
        assertThat(last.toJson()).doesNotContain(token.substring(token.lastIndexOf('.') + 1));
    }

    private static JsonNode timeline(String query) throws Exception {
        HttpResponse<String> answer = system.get("/api/v1/audit/referrals/" + RECONSIDERED + "/timeline?" + query);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static List<JsonNode> lines(String ndjson) {
        return ndjson.lines().filter(line -> !line.isBlank()).map(JSON::readTree).toList();
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }
}
