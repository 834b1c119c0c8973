package org.nrmtracker.query.audit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nrmtracker.kernel.referral.CorrectionReason;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.EventCorrected;
import org.nrmtracker.kernel.referral.EventRetracted;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.query.security.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corrected history as auditors and readers see it (docs/api.md §2, §4, §6): the stream shows originals and
 * amendments as recorded and its chain verifies, with the integrity check and with {@code ops/verify-audit.py};
 * {@code recordedBefore} applies only the amendments recorded before its instant; timelines and lists read the
 * corrected history from the read models.
 */
class CorrectedHistoryAuditTest {

    private static final Path VERIFIER = Path.of("..", "ops", "verify-audit.py").toAbsolutePath().normalize();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ReferralId CORRECTED = ReferralId.random();
    private static final ReferralId RETRACTED = ReferralId.random();
    private static final LocalDate REFERRED_ON = LocalDate.of(2024, 3, 1);
    private static final Instant CORRECTION_RECORDED = Instant.parse("2024-03-20T09:00:00Z");
    private static final Instant RETRACTION_RECORDED = Instant.parse("2024-03-21T09:00:00Z");

    private static AuditedSystem system;

    @TempDir
    Path exports;

    @BeforeAll
    static void start() {
        system = AuditedSystem.start();
        system.record(AuditedSystem.referral(CORRECTED, REFERRED_ON), 0, Instant.parse("2024-03-01T10:00:00Z"));
        system.record(new ReasonableGroundsDecisionRecorded(CORRECTED, REFERRED_ON.plusDays(5), DecisionOutcome.POSITIVE),
                1, Instant.parse("2024-03-06T10:00:00Z"));
        system.record(new EventCorrected(CORRECTED, 1, new ReasonableGroundsDecisionRecorded(CORRECTED,
                REFERRED_ON.plusDays(15), DecisionOutcome.POSITIVE), CorrectionReason.DATA_ENTRY_ERROR),
                2, CORRECTION_RECORDED);
        system.record(AuditedSystem.referral(RETRACTED, REFERRED_ON), 0, Instant.parse("2024-03-01T11:00:00Z"));
        system.record(new EventRetracted(RETRACTED, 0, CorrectionReason.WRONG_REFERRAL), 1, RETRACTION_RECORDED);
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void theStreamShowsTheOriginalAndTheCorrectionAsRecorded() throws Exception {
        JsonNode stream = JSON.readTree(system.get("/api/v1/audit/referrals/" + CORRECTED + "/events").body());

        assertThat(stream.valueStream().map(e -> e.get("type").asString()))
                .containsExactly("REFERRED", "REASONABLE_GROUNDS_DECISION", "EVENT_CORRECTED");
        assertThat(stream.at("/1/payload/decidedOn").asString()).isEqualTo("2024-03-06");
        assertThat(stream.at("/2/payload/corrects").asLong()).isEqualTo(1);
        assertThat(stream.at("/2/payload/reason").asString()).isEqualTo("DATA_ENTRY_ERROR");
        assertThat(stream.at("/2/payload/replacement/type").asString()).isEqualTo("REASONABLE_GROUNDS_DECISION");
        assertThat(stream.at("/2/payload/replacement/decidedOn").asString()).isEqualTo("2024-03-16");
    }

    @Test
    void recordedBeforeAppliesOnlyTheCorrectionsRecordedBeforeItsInstant() throws Exception {
        JsonNode before = auditTimeline(CORRECTED, CORRECTION_RECORDED);
        JsonNode after = auditTimeline(CORRECTED, CORRECTION_RECORDED.plusMillis(1));

        assertThat(before.at("/reasonableGrounds/firstDecidedOn").asString()).isEqualTo("2024-03-06");
        assertThat(before.at("/events/1/correctedBy").isMissingNode()).isTrue();
        assertThat(after.at("/reasonableGrounds/firstDecidedOn").asString()).isEqualTo("2024-03-16");
        assertThat(after.at("/events/1/date").asString()).isEqualTo("2024-03-16");
        assertThat(after.at("/events/1/correctedBy/sequence").asLong()).isEqualTo(2);
        assertThat(after.at("/events/1/correctedBy/reason").asString()).isEqualTo("DATA_ENTRY_ERROR");
        assertThat(after.get("events")).hasSize(2);
    }

    @Test
    void aRetractedReferralWasKnownAsMadeUntilItsRetractionWasRecorded() throws Exception {
        assertThat(auditTimeline(RETRACTED, RETRACTION_RECORDED).get("status").asString())
                .isEqualTo("AWAITING_REASONABLE_GROUNDS");
        JsonNode after = auditTimeline(RETRACTED, RETRACTION_RECORDED.plusMillis(1));
        assertThat(after.get("status").asString()).isEqualTo("RETRACTED");
        assertThat(after.at("/events/0/retractedBy/sequence").asLong()).isEqualTo(1);
    }

    @Test
    void theChainOfAnAmendedStreamVerifiesWithTheIntegrityCheckAndTheOpsVerifier() throws Exception {
        JsonNode report = JSON.readTree(system.post("/api/v1/audit/integrity-checks").body());
        assertThat(report.get("events").asLong()).isEqualTo(5);
        assertThat(report.get("violations")).isEmpty();

        Path export = exports.resolve("events.ndjson");
        String ndjson = system.get("/api/v1/audit/events").body();
        Files.writeString(export, ndjson);
        assertThat(verify(export)).contains("5 events of 2 referrals: intact");

        Files.writeString(export, ndjson.replace("\"decidedOn\":\"2024-03-16\"", "\"decidedOn\":\"2024-03-17\""));
        assertThat(verify(export)).contains("referral " + CORRECTED + " sequence 2: hash does not match");
    }

    @Test
    void timelinesAndListsReadTheCorrectedHistory() throws Exception {
        String analyst = TestTokens.analyst();
        JsonNode timeline = JSON.readTree(system.get("/api/v1/referrals/" + CORRECTED + "?minPosition=5", analyst)
                .body());
        JsonNode retracted = JSON.readTree(system.get("/api/v1/referrals/" + RETRACTED + "?minPosition=5", analyst)
                .body());
        JsonNode list = JSON.readTree(system.get("/api/v1/referrals?minPosition=5", analyst).body());

        assertThat(timeline.at("/reasonableGrounds/firstDecidedOn").asString()).isEqualTo("2024-03-16");
        assertThat(timeline.at("/events/1/correctedBy/sequence").asLong()).isEqualTo(2);
        assertThat(retracted.get("status").asString()).isEqualTo("RETRACTED");
        assertThat(list.get("content").valueStream().map(t -> t.get("referralId").asString()))
                .containsExactly(CORRECTED.toString());
    }

    private static JsonNode auditTimeline(ReferralId id, Instant recordedBefore) throws Exception {
        return JSON.readTree(system.get("/api/v1/audit/referrals/" + id + "/timeline?recordedBefore=" + recordedBefore
                + "&asOf=2024-06-01").body());
    }

    private static String verify(Path export) throws Exception {
        Process process = new ProcessBuilder(List.of("python3", VERIFIER.toString(), export.toString()))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output;
    }
}
