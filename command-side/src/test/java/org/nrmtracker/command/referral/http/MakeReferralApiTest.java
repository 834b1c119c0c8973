package org.nrmtracker.command.referral.http;

import org.junit.jupiter.api.Test;
import org.nrmtracker.command.HttpAnswer;
import org.nrmtracker.command.RunningCommandSide;
import org.nrmtracker.command.WriteApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.command.Problems.assertProblem;
import static org.nrmtracker.command.ReferralJson.SECRET_SUBJECT_REF;
import static org.nrmtracker.command.ReferralJson.TODAY;
import static org.nrmtracker.command.ReferralJson.referral;
import static org.nrmtracker.command.ReferralJson.referralWithoutId;
import static org.nrmtracker.command.WriteApi.JSON;
import static org.nrmtracker.command.WriteApi.REFERRALS;

/** {@code POST /api/v1/referrals} over HTTP (docs/api.md §3.1). */
@RunningCommandSide
class MakeReferralApiTest extends WriteApiTest {

    /** Instants are UTC with exactly three fraction digits (docs/api.md §1). */
    private static final String RECORDED_AT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";
    private static final String BEFORE_THE_NRM = "2009-03-31";
    private static final String FIRST_DAY_OF_THE_NRM = "2009-04-01";

    @Test
    void aNewReferralIsCreatedAtItsOwnLocationAsSequenceZero() {
        UUID referralId = UUID.randomUUID();

        HttpAnswer answer = api.post(REFERRALS, referral(referralId).toString());

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.header("Location")).isEqualTo(REFERRALS + "/" + referralId);
        assertThat(answer.contentType()).startsWith(JSON);
        JsonNode body = answer.json();
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("referralId", "sequence", "position", "recordedAt");
        assertThat(body.get("referralId").asString()).isEqualTo(referralId.toString());
        assertThat(body.get("sequence").isIntegralNumber()).isTrue();
        assertThat(body.get("sequence").asLong()).isZero();
        assertThat(body.get("recordedAt").asString()).matches(RECORDED_AT);
        assertThat(streams.lengthOf(referralId)).isEqualTo(1);
    }

    @Test
    void theServerMakesAnIdWhenNoneIsGiven() {
        HttpAnswer answer = api.post(REFERRALS, referralWithoutId().toString());

        assertThat(answer.status()).isEqualTo(201);
        String referralId = answer.json().get("referralId").asString();
        assertThat(UUID.fromString(referralId).toString()).isEqualTo(referralId);
        assertThat(answer.header("Location")).isEqualTo(REFERRALS + "/" + referralId);
        assertThat(answer.json().get("sequence").asLong()).isZero();
        assertThat(streams.lengthOf(referralId)).isEqualTo(1);
    }

    @Test
    void eachReferralWithoutAnIdGetsItsOwn() {
        String first = api.post(REFERRALS, referralWithoutId().toString()).json().get("referralId").asString();
        String second = api.post(REFERRALS, referralWithoutId().toString()).json().get("referralId").asString();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void theSameReferralSentAgainIsAcknowledgedWithItsOriginalRecording() {
        UUID referralId = UUID.randomUUID();
        HttpAnswer first = api.post(REFERRALS, referral(referralId).toString());

        HttpAnswer again = streams.recordNothing(referralId, () -> api.post(REFERRALS, referral(referralId).toString()));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.json().get("sequence").asLong()).isZero();
        assertThat(streams.lengthOf(referralId)).isEqualTo(1);
    }

    @Test
    void anotherReferralUnderATakenIdIsAConflict() {
        UUID referralId = UUID.randomUUID();
        api.post(REFERRALS, referral(referralId).toString());
        ObjectNode other = referral(referralId).put("jurisdiction", "SCOTLAND");
        ((ObjectNode) other.get("survivor")).put("subjectRef", SECRET_SUBJECT_REF);

        HttpAnswer answer = streams.recordNothing(referralId, () -> api.post(REFERRALS, other.toString()));

        JsonNode problem = assertProblem(answer, 409, SECRET_SUBJECT_REF);
        assertThat(problem.get("type").asString()).isEqualTo("urn:nrm-tracker:problem:state-conflict");
    }

    @Test
    void aReferralDatedTomorrowIsImpossible() {
        UUID referralId = UUID.randomUUID();
        ObjectNode tomorrow = referral(referralId).put("referredOn", TODAY.plusDays(1).toString());
        ((ObjectNode) tomorrow.get("survivor")).put("subjectRef", SECRET_SUBJECT_REF);

        HttpAnswer answer = streams.recordNothing(referralId, () -> api.post(REFERRALS, tomorrow.toString()));

        JsonNode problem = assertProblem(answer, 422, SECRET_SUBJECT_REF);
        assertThat(problem.get("type").asString()).isEqualTo("urn:nrm-tracker:problem:impossible-dates");
    }

    @Test
    void aReferralMadeTodayIsAccepted() {
        HttpAnswer answer = api.post(REFERRALS, referralWithoutId().put("referredOn", TODAY.toString()).toString());

        assertThat(answer.status()).isEqualTo(201);
    }

    @Test
    void aReferralBeforeTheNrmBeganIsImpossible() {
        UUID referralId = UUID.randomUUID();

        HttpAnswer answer = streams.recordNothing(referralId,
                () -> api.post(REFERRALS, referral(referralId).put("referredOn", BEFORE_THE_NRM).toString()));

        assertProblem(answer, 422);
    }

    @Test
    void aReferralOnTheNrmsFirstDayIsAccepted() {
        HttpAnswer answer = api.post(REFERRALS, referralWithoutId().put("referredOn", FIRST_DAY_OF_THE_NRM).toString());

        assertThat(answer.status()).isEqualTo(201);
    }

    @Test
    void aRefusedReferralLeavesItsIdFree() {
        UUID referralId = UUID.randomUUID();
        api.post(REFERRALS, referral(referralId).put("referredOn", TODAY.plusDays(1).toString()).toString());

        HttpAnswer answer = api.post(REFERRALS, referral(referralId).toString());

        assertThat(answer.status()).isEqualTo(201);
        assertThat(streams.lengthOf(referralId)).isEqualTo(1);
    }
}
