package org.nrmtracker.query.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReconsiderationRequested;
import org.nrmtracker.kernel.referral.ReferralId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/audit/integrity-checks} (docs/api.md §6.2) against a store written by the real
 * engine, then tampered with directly in MongoDB as someone with database access could.
 */
class IntegrityCheckApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate REFERRED_ON = LocalDate.of(2024, 3, 1);

    private static AuditedSystem system;
    private final ReferralId tampered = ReferralId.random();
    private final List<ReferralId> untouched = List.of(ReferralId.random(), ReferralId.random());

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

    /** Three referrals of four events each, their events interleaved in the global stream. */
    @BeforeEach
    void recordHistories() {
        system.emptyTheStore();
        List<ReferralId> all = List.of(untouched.get(0), tampered, untouched.get(1));
        Instant at = Instant.parse("2024-03-01T10:00:00Z");
        for (ReferralId id : all) {
            system.record(AuditedSystem.referral(id, REFERRED_ON), 0, at = at.plusSeconds(60));
        }
        for (ReferralId id : all) {
            system.record(new ReasonableGroundsDecisionRecorded(id, REFERRED_ON.plusDays(5), DecisionOutcome.NEGATIVE),
                    1, at = at.plusSeconds(60));
        }
        for (ReferralId id : all) {
            system.record(new ReconsiderationRequested(id, DecisionStage.REASONABLE_GROUNDS, REFERRED_ON.plusDays(8)),
                    2, at = at.plusSeconds(60));
        }
        for (ReferralId id : all) {
            system.record(new ReasonableGroundsDecisionRecorded(id, REFERRED_ON.plusDays(20), DecisionOutcome.POSITIVE),
                    3, at = at.plusSeconds(60));
        }
    }

    @Test
    void anUntouchedStoreHasNoViolations() throws Exception {
        JsonNode report = check();

        assertThat(report.get("streams").asLong()).isEqualTo(3);
        assertThat(report.get("events").asLong()).isEqualTo(12);
        assertThat(report.get("violations")).isEmpty();
    }

    @Test
    void anEditedPayloadIsReportedAtItsSequence() throws Exception {
        Document commit = commitOf(tampered, 1);
        String payload = commit.getList("events", Document.class).get(0).getString("payload");
        commits().updateOne(Filters.eq("_id", commit.get("_id")),
                Updates.set("events.0.payload", payload.replace("NEGATIVE", "POSITIVE")));

        assertThat(violationsOf(check())).containsExactly("1: The hash does not match the event's content: its"
                + " payload, recordedAt, recordedBy, type or previousHash was changed after it was recorded.");
    }

    @Test
    void aChangedRecordedAtIsReportedAtItsSequence() throws Exception {
        commits().updateOne(Filters.eq("firstKey", tampered + ":3"),
                Updates.set("events.0.timestamp", "2024-02-01T09:00:00.000Z"));

        assertThat(violationsOf(check())).singleElement().asString().startsWith("3: The hash does not match");
    }

    @Test
    void aDeletedEventIsReportedAsTheMissingSequence() throws Exception {
        commits().deleteOne(Filters.eq("firstKey", tampered + ":2"));

        JsonNode report = check();

        assertThat(report.get("events").asLong()).isEqualTo(11);
        assertThat(violationsOf(report)).containsExactly(
                "2: Sequence 2 is missing: sequence 3 follows sequence 1 in recording order.");
    }

    @Test
    void twoEventsWhoseSequenceNumbersWereSwappedAreBothReported() throws Exception {
        Document one = commitOf(tampered, 1);
        Document two = commitOf(tampered, 2);
        // through a spare key, as firstKey and lastKey are unique
        setSequence(one, 99, tampered + ":spare");
        setSequence(two, 1, tampered + ":1");
        setSequence(one, 2, tampered + ":2");

        List<String> violations = violationsOf(check());

        assertThat(violations).anySatisfy(v -> assertThat(v).startsWith("1: The hash does not match"));
        assertThat(violations).anySatisfy(v -> assertThat(v).startsWith("2: The hash does not match"));
        assertThat(violations).anySatisfy(v -> assertThat(v).startsWith("1: Sequence 1 is recorded after sequence 2"));
    }

    @Test
    void twoEventsThatSwappedPlacesInTheStreamAreReportedOutOfOrder() throws Exception {
        Document one = commitOf(tampered, 1);
        Document two = commitOf(tampered, 2);
        commits().deleteMany(Filters.in("_id", one.get("_id"), two.get("_id")));
        commits().insertMany(List.of(movedTo(two, one), movedTo(one, two)));

        assertThat(violationsOf(check())).containsExactly(
                "1: Sequence 1 is missing: sequence 2 follows sequence 0 in recording order.",
                "1: Sequence 1 is recorded after sequence 2: a duplicate, or the events are out of order.");
    }

    @Test
    void aFirstEventNotLinkedToTheGenesisHashIsReported() throws Exception {
        commits().updateOne(Filters.eq("firstKey", tampered + ":0"), Updates.set("events.0.previousHash", "1".repeat(64)));

        assertThat(violationsOf(check())).contains(
                "0: Sequence 0 does not link to the genesis hash (64 zeros): it is not the start of the chain.");
    }

    @Test
    void aSequenceStoredTwiceIsReported() throws Exception {
        storeACopyAtTheEnd(tampered, 3);

        assertThat(violationsOf(check())).containsExactly("3: Sequence 3 is stored twice.");
    }

    @Test
    void anEarlierSequenceStoredAgainLaterIsReported() throws Exception {
        storeACopyAtTheEnd(tampered, 1);

        assertThat(violationsOf(check())).containsExactly(
                "1: Sequence 1 is recorded after sequence 3: a duplicate, or the events are out of order.");
    }

    private static JsonNode check() throws Exception {
        HttpResponse<String> answer = system.post("/api/v1/audit/integrity-checks");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    /** The tampered referral's violations as "sequence: problem"; no other referral may have any. */
    private List<String> violationsOf(JsonNode report) {
        assertThat(report.get("violations").valueStream().map(v -> v.get("referralId").asString()))
                .allMatch(tampered.toString()::equals);
        return report.get("violations").valueStream()
                .map(v -> v.get("sequence").asLong() + ": " + v.get("problem").asString()).toList();
    }

    private static MongoCollection<Document> commits() {
        return system.commits();
    }

    private static Document commitOf(ReferralId id, long sequence) {
        return commits().find(Filters.eq("firstKey", id + ":" + sequence)).first();
    }

    private static void setSequence(Document commit, long sequence, String key) {
        commits().updateOne(Filters.eq("_id", commit.get("_id")), Updates.combine(
                Updates.set("events.0.sequence", sequence), Updates.set("firstKey", key), Updates.set("lastKey", key)));
    }

    /** A copy of an event at a new position after all others, under keys the unique indexes accept. */
    private static void storeACopyAtTheEnd(ReferralId id, long sequence) {
        long position = system.database().getCollection("sequences")
                .findOneAndUpdate(Filters.eq("_id", "events"), Updates.inc("lastReserved", 1L))
                .get("lastReserved", Number.class).longValue() + 1;
        Document commit = commitOf(id, sequence);
        Document event = new Document(commit.getList("events", Document.class).get(0)).append("index", position);
        String key = id + ":" + sequence + ":copy";
        commits().insertOne(new Document(commit).append("_id", position).append("firstIndex", position)
                .append("firstKey", key).append("lastKey", key).append("events", List.of(event)));
    }

    /** {@code commit}'s event, stored in {@code place}'s position of the global stream. */
    private static Document movedTo(Document commit, Document place) {
        Document event = new Document(commit.getList("events", Document.class).get(0));
        Document moved = new Document(commit).append("events", List.of(event));
        moved.put("_id", place.get("_id"));
        moved.put("firstIndex", place.get("firstIndex"));
        moved.put("recordedAt", place.get("recordedAt"));
        moved.put("reservedAt", place.get("reservedAt"));
        event.put("index", place.get("_id"));
        return moved;
    }
}
