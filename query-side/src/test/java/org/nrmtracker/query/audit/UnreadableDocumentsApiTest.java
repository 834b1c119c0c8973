package org.nrmtracker.query.audit;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.query.security.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hand edit that changes a stored field's type (docs/api.md §6, issue 14 finding 9), made directly in MongoDB as a
 * shell edit would: the integrity check and every audit read answer 200 and report the unreadable event as a
 * violation, saying which field is wrong and never quoting what is stored.
 */
class UnreadableDocumentsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate REFERRED_ON = LocalDate.of(2024, 3, 1);
    private static final String SUBJECT_REF = "case-0042";

    private static AuditedSystem system;
    private final ReferralId edited = ReferralId.random();
    private final ReferralId untouched = ReferralId.random();

    @BeforeAll
    static void start() {
        system = AuditedSystem.start();
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    /** Two referrals of two events each: positions 1-4, the edited referral's events at 2 and 4. */
    @BeforeEach
    void recordHistories() {
        system.emptyTheStore();
        Instant at = Instant.parse("2024-03-01T10:00:00Z");
        for (ReferralId id : List.of(untouched, edited)) {
            system.record(AuditedSystem.referral(id, REFERRED_ON), 0, at = at.plusSeconds(60));
        }
        for (ReferralId id : List.of(untouched, edited)) {
            system.record(new ReasonableGroundsDecisionRecorded(id, REFERRED_ON.plusDays(5), DecisionOutcome.POSITIVE),
                    1, at = at.plusSeconds(60));
        }
    }

    @Test
    void aReservedAtMadeASubDocumentIsAViolationOfTheIntegrityCheck() throws Exception {
        edit(1, Updates.set("reservedAt", new Document("$date", "2024-03-01")));

        JsonNode report = check();

        assertThat(report.get("events").asLong()).isEqualTo(4);
        assertThat(violations(report)).containsExactly(edited + " 1: The stored event at position 4 cannot be read:"
                + " The commit's field 'reservedAt' is a sub-document, not a date.");
        // what the alert on integrity violations reads (ops/prometheus/alerts.yml)
        assertThat(system.get("/actuator/prometheus", TestTokens.admin()).body())
                .containsPattern("(?m)^nrm_integrity_violations(\\{[^}]*\\})? 1\\.0$");
    }

    @Test
    void aSequenceMadeAStringAndATimestampMadeASubDocumentAreOneViolationEachNotABrokenChain() throws Exception {
        edit(0, Updates.set("events.0.sequence", "0"));
        edit(1, Updates.set("events.0.timestamp", new Document("$date", "2024-03-01")));

        assertThat(violations(check())).containsExactly(
                edited + " 0: The stored event at position 2 cannot be read: Field 'sequence' is a string, not a whole"
                        + " number.",
                edited + " 1: The stored event at position 4 cannot be read: Field 'timestamp' is a sub-document,"
                        + " not a string.");
    }

    @Test
    void eventsMadeAStringIsAViolationAtTheCommitsPosition() throws Exception {
        edit(1, Updates.set("events", "{}"));

        assertThat(violations(check())).containsExactly(edited + " 1: The stored event at position 4 cannot be read:"
                + " The commit's field 'events' is a string, not an array of events.");
    }

    @Test
    void theStreamShowsTheUnreadableEventWithWhatIsWrongAndNoStoredValue() throws Exception {
        edit(0, Updates.set("events.0.payload", new Document("subjectRef", SUBJECT_REF)));

        HttpResponse<String> answer = system.get("/api/v1/audit/referrals/" + edited + "/events");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode stream = JSON.readTree(answer.body());
        assertThat(stream).hasSize(2);
        assertThat(stream.get(0).get("unreadable").asString())
                .isEqualTo("Field 'payload' is a sub-document, not a string.");
        assertThat(stream.get(0).get("payload").isNull()).isTrue();
        assertThat(stream.get(1).has("unreadable")).isFalse();
        assertThat(answer.body()).doesNotContain(SUBJECT_REF);
    }

    @Test
    void theGlobalExportGoesOnPastTheUnreadableEventAndMarksIt() throws Exception {
        edit(0, Updates.set("reservedAt", "yesterday"));

        HttpResponse<String> answer = system.get("/api/v1/audit/events");

        assertThat(answer.statusCode()).isEqualTo(200);
        List<JsonNode> lines = Arrays.stream(answer.body().split("\n")).map(JSON::readTree).toList();
        assertThat(lines).extracting(line -> line.get("position").asLong()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(lines.get(1).get("unreadable").asString())
                .isEqualTo("The commit's field 'reservedAt' is a string, not a date.");
        assertThat(lines).filteredOn(line -> line.has("unreadable")).hasSize(1);
    }

    @Test
    void aTimelineRecordedBeforeAnInstantReportsTheEventItCouldNotRead() throws Exception {
        edit(1, Updates.set("events.0.recordedBy", List.of("someone")));

        JsonNode timeline = timeline(edited);

        assertThat(timeline.get("referralId").asString()).isEqualTo(edited.toString());
        assertThat(timeline.get("status").asString()).isEqualTo("AWAITING_REASONABLE_GROUNDS");
        assertThat(timeline.get("violations")).singleElement().satisfies(v -> {
            assertThat(v.get("sequence").asLong()).isEqualTo(1);
            assertThat(v.get("problem").asString()).isEqualTo("The stored event at position 4 cannot be read:"
                    + " Field 'recordedBy' is an array, not a string.");
        });
        assertThat(timeline(untouched).has("violations")).isFalse();
    }

    @Test
    void aTimelineWhoseFirstEventCannotBeReadIsOnlyItsViolations() throws Exception {
        edit(0, Updates.set("events.0.timestamp", 20240301));

        JsonNode timeline = timeline(edited);

        assertThat(timeline.has("referralId")).isFalse();
        assertThat(timeline.get("violations")).singleElement().satisfies(v -> assertThat(v.get("problem").asString())
                .endsWith("Field 'timestamp' is a number, not a string."));
    }

    @Test
    void aPayloadThatNoLongerFitsItsTypeIsReportedByTheTimelineWithoutQuotingIt() throws Exception {
        Document commit = system.commits().find(Filters.eq("firstKey", edited + ":1")).first();
        String payload = commit.getList("events", Document.class).get(0).getString("payload");
        edit(1, Updates.set("events.0.payload", payload.replace("\"POSITIVE\"", "{\"was\":\"" + SUBJECT_REF + "\"}")));

        HttpResponse<String> answer = timelineAnswer(edited);

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode timeline = JSON.readTree(answer.body());
        assertThat(timeline.get("violations")).singleElement().satisfies(v -> assertThat(v.get("problem").asString())
                .startsWith("The stored event at position 4 cannot be read: its recordedAt, payload or metadata"));
        assertThat(answer.body()).doesNotContain("\"was\"");
    }

    /** Changes the edited referral's commit at this sequence, found by its unique key. */
    private void edit(long sequence, Bson update) {
        system.commits().updateOne(Filters.eq("firstKey", edited + ":" + sequence), update);
    }

    private static JsonNode check() throws Exception {
        HttpResponse<String> answer = system.post("/api/v1/audit/integrity-checks");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static List<String> violations(JsonNode report) {
        return report.get("violations").valueStream().map(v -> v.get("referralId").asString() + " "
                + v.get("sequence").asLong() + ": " + v.get("problem").asString()).toList();
    }

    private static HttpResponse<String> timelineAnswer(ReferralId id) throws Exception {
        return system.get("/api/v1/audit/referrals/" + id + "/timeline?recordedBefore=2024-04-01T00:00:00Z");
    }

    private static JsonNode timeline(ReferralId id) throws Exception {
        HttpResponse<String> answer = timelineAnswer(id);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }
}
