package org.nrmtracker.command.referral.http;

import org.junit.jupiter.api.Test;
import org.nrmtracker.command.HttpAnswer;
import org.nrmtracker.command.RunningCommandSide;
import org.nrmtracker.command.WriteApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.command.Problems.assertProblem;
import static org.nrmtracker.command.ReferralJson.REFERRED_ON;
import static org.nrmtracker.command.ReferralJson.TODAY;
import static org.nrmtracker.command.ReferralJson.conclusiveGrounds;
import static org.nrmtracker.command.ReferralJson.reasonableGrounds;
import static org.nrmtracker.command.ReferralJson.supportEnded;
import static org.nrmtracker.command.ReferralJson.supportStarted;
import static org.nrmtracker.command.ReferralJson.withdrawn;
import static org.nrmtracker.command.WriteApi.REFERRALS;
import static org.nrmtracker.command.WriteApi.eventsOf;

/** {@code POST /api/v1/referrals/{id}/events} over HTTP (docs/api.md §3.2 and the rules of section 2). */
@RunningCommandSide
class RecordEventApiTest extends WriteApiTest {

    private static final String RECORDED_AT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";
    private static final LocalDate RG_DECIDED_ON = REFERRED_ON.plusDays(5);
    private static final LocalDate CG_DECIDED_ON = REFERRED_ON.plusDays(40);
    private static final LocalDate SUPPORT_ENDED_ON = REFERRED_ON.plusDays(50);
    private static final LocalDate TOMORROW = TODAY.plusDays(1);

    @Test
    void eventsAreNumberedInTheOrderTheyAreRecorded() {
        UUID referralId = api.newReferral();

        HttpAnswer decision = record(referralId, reasonableGrounds(RG_DECIDED_ON, "POSITIVE"));
        HttpAnswer conclusive = record(referralId, conclusiveGrounds(CG_DECIDED_ON, "POSITIVE"));
        HttpAnswer ended = record(referralId, supportEnded(SUPPORT_ENDED_ON, "MOVED_ON"));

        assertThat(List.of(decision, conclusive, ended)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(201);
            assertThat(answer.header("Location")).isEqualTo(REFERRALS + "/" + referralId);
            assertThat(answer.json().get("referralId").asString()).isEqualTo(referralId.toString());
            assertThat(answer.json().get("recordedAt").asString()).matches(RECORDED_AT);
        });
        assertThat(List.of(decision, conclusive, ended))
                .extracting(answer -> answer.json().get("sequence").asLong())
                .containsExactly(1L, 2L, 3L);
        assertThat(streams.lengthOf(referralId)).isEqualTo(4);
    }

    @Test
    void anEventSentAgainIsAcknowledgedWithItsOriginalSequenceAndRecordedOnce() {
        UUID referralId = api.newReferral();
        HttpAnswer first = record(referralId, reasonableGrounds(RG_DECIDED_ON, "POSITIVE"));
        record(referralId, conclusiveGrounds(CG_DECIDED_ON, "POSITIVE"));

        HttpAnswer again = streams.recordNothing(referralId,
                () -> record(referralId, reasonableGrounds(RG_DECIDED_ON, "POSITIVE")));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.json().get("sequence").asLong()).isEqualTo(1);
        assertThat(streams.lengthOf(referralId)).isEqualTo(3);
    }

    @Test
    void aWholeHistorySentAgainRecordsNothingNew() {
        UUID referralId = api.newReferral();
        record(referralId, supportStarted(REFERRED_ON, "OUTREACH"));
        record(referralId, reasonableGrounds(RG_DECIDED_ON, "NEGATIVE"));
        record(referralId, supportEnded(RG_DECIDED_ON, "NEGATIVE_DECISION"));

        HttpAnswer started = streams.recordNothing(referralId,
                () -> record(referralId, supportStarted(REFERRED_ON, "OUTREACH")));
        HttpAnswer ended = streams.recordNothing(referralId,
                () -> record(referralId, supportEnded(RG_DECIDED_ON, "NEGATIVE_DECISION")));

        assertThat(started.status()).isEqualTo(200);
        assertThat(started.json().get("sequence").asLong()).isEqualTo(1);
        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json().get("sequence").asLong()).isEqualTo(3);
    }

    @Test
    void anEventOnAnUnknownReferralIsNotFound() {
        UUID unknown = UUID.randomUUID();

        HttpAnswer answer = streams.recordNothing(unknown,
                () -> record(unknown, reasonableGrounds(RG_DECIDED_ON, "POSITIVE")));

        JsonNode problem = assertProblem(answer, 404);
        assertThat(problem.get("type").asString()).isEqualTo("urn:nrm-tracker:problem:referral-not-found");
    }

    @Test
    void aSecondPositiveDecisionIsAConflict() {
        UUID referralId = api.newReferral();
        record(referralId, reasonableGrounds(RG_DECIDED_ON, "POSITIVE"));

        HttpAnswer answer = streams.recordNothing(referralId,
                () -> record(referralId, reasonableGrounds(RG_DECIDED_ON.plusDays(1), "NEGATIVE")));

        JsonNode problem = assertProblem(answer, 409);
        assertThat(problem.get("type").asString()).isEqualTo("urn:nrm-tracker:problem:state-conflict");
    }

    @Test
    void aConclusiveDecisionNeedsAPositiveReasonableGroundsDecision() {
        UUID referralId = api.newReferral();

        HttpAnswer answer = streams.recordNothing(referralId,
                () -> record(referralId, conclusiveGrounds(CG_DECIDED_ON, "POSITIVE")));

        assertProblem(answer, 409);
    }

    @Test
    void nothingIsRecordedAfterAWithdrawal() {
        UUID referralId = api.newReferral();
        record(referralId, withdrawn(RG_DECIDED_ON));

        HttpAnswer answer = streams.recordNothing(referralId,
                () -> record(referralId, reasonableGrounds(RG_DECIDED_ON, "POSITIVE")));

        assertProblem(answer, 409);
    }

    @Test
    void aDecisionDatedTomorrowIsImpossible() {
        UUID referralId = api.newReferral();

        HttpAnswer answer = streams.recordNothing(referralId,
                () -> record(referralId, reasonableGrounds(TOMORROW, "POSITIVE")));

        JsonNode problem = assertProblem(answer, 422);
        assertThat(problem.get("type").asString()).isEqualTo("urn:nrm-tracker:problem:impossible-dates");
    }

    @Test
    void aDecisionDatedTodayIsAccepted() {
        UUID referralId = api.newReferral();

        assertThat(record(referralId, reasonableGrounds(TODAY, "POSITIVE")).status()).isEqualTo(201);
    }

    @Test
    void aDecisionBeforeTheReferralIsImpossible() {
        UUID referralId = api.newReferral();

        HttpAnswer answer = streams.recordNothing(referralId,
                () -> record(referralId, reasonableGrounds(REFERRED_ON.minusDays(1), "POSITIVE")));

        assertProblem(answer, 422);
    }

    @Test
    void aConclusiveDecisionBeforeTheReasonableGroundsDecisionIsImpossible() {
        UUID referralId = api.newReferral();
        record(referralId, reasonableGrounds(RG_DECIDED_ON, "POSITIVE"));

        HttpAnswer answer = streams.recordNothing(referralId,
                () -> record(referralId, conclusiveGrounds(RG_DECIDED_ON.minusDays(1), "POSITIVE")));

        assertProblem(answer, 422);
    }

    private HttpAnswer record(UUID referralId, ObjectNode event) {
        return api.post(eventsOf(referralId), event.toString());
    }
}
