package org.nrmtracker.command.referral.http;

import org.junit.jupiter.api.Test;
import org.nrmtracker.command.HttpAnswer;
import org.nrmtracker.command.RunningCommandSide;
import org.nrmtracker.command.WriteApiTest;
import org.nrmtracker.kernel.eventstore.StoredEvent;
import org.nrmtracker.kernel.referral.EventCorrected;
import org.nrmtracker.kernel.referral.EventRetracted;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.command.Problems.assertProblem;
import static org.nrmtracker.command.ReferralJson.REFERRED_ON;
import static org.nrmtracker.command.ReferralJson.TODAY;
import static org.nrmtracker.command.ReferralJson.conclusiveGrounds;
import static org.nrmtracker.command.ReferralJson.correction;
import static org.nrmtracker.command.ReferralJson.fieldsOf;
import static org.nrmtracker.command.ReferralJson.reasonableGrounds;
import static org.nrmtracker.command.ReferralJson.referral;
import static org.nrmtracker.command.ReferralJson.retraction;
import static org.nrmtracker.command.ReferralJson.supportStarted;
import static org.nrmtracker.command.WriteApi.eventsOf;

/** Corrections and retractions posted like any other event (docs/api.md §2, §3.2). */
@RunningCommandSide
class CorrectionApiTest extends WriteApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate RG_ON = REFERRED_ON.plusDays(5);
    private static final LocalDate CG_ON = REFERRED_ON.plusDays(40);

    @Test
    void aDecisionDateTypedWrongIsCorrectedByAnEventOfItsOwn() {
        UUID referralId = api.newReferral();
        record(referralId, reasonableGrounds(RG_ON, "POSITIVE"));

        HttpAnswer answer = record(referralId,
                correction(1, fieldsOf(reasonableGrounds(RG_ON.plusDays(1), "POSITIVE")), "DATA_ENTRY_ERROR"));

        assertThat(answer.status()).as("%s", answer).isEqualTo(201);
        assertThat(answer.json().get("sequence").asLong()).isEqualTo(2);
        StoredEvent stored = streams.of(referralId).get(2);
        assertThat(stored.payloadType()).isEqualTo(EventCorrected.class.getName());
        JsonNode payload = JSON.readTree(stored.payload());
        assertThat(payload.get("corrects").asLong()).isEqualTo(1);
        assertThat(payload.get("reason").asString()).isEqualTo("DATA_ENTRY_ERROR");
        assertThat(payload.get("replacement").get("type").asString()).isEqualTo("REASONABLE_GROUNDS_DECISION");
        assertThat(payload.get("replacement").get("decidedOn").asString()).isEqualTo(RG_ON.plusDays(1).toString());
        assertThat(streams.of(referralId).get(1).payload()).contains(RG_ON.toString()); // the original stays
    }

    @Test
    void theReferralIsCorrectedWithTheFieldsOfItsOwnEndpoint() {
        UUID referralId = api.newReferral();
        ObjectNode corrected = fieldsOf(referral(referralId));
        corrected.put("referredOn", REFERRED_ON.minusDays(2).toString()).put("jurisdiction", "SCOTLAND");

        HttpAnswer answer = record(referralId, correction(0, corrected, "LATE_INFORMATION"));

        assertThat(answer.status()).as("%s", answer).isEqualTo(201);
        JsonNode replacement = JSON.readTree(streams.of(referralId).get(1).payload()).get("replacement");
        assertThat(replacement.get("type").asString()).isEqualTo("REFERRED");
        assertThat(replacement.get("jurisdiction").asString()).isEqualTo("SCOTLAND");
    }

    @Test
    void theSameCorrectionSentAgainIsAcknowledgedOnce() {
        UUID referralId = api.newReferral();
        record(referralId, reasonableGrounds(RG_ON, "POSITIVE"));
        ObjectNode correction = correction(1, fieldsOf(reasonableGrounds(RG_ON, "NEGATIVE")), "DATA_ENTRY_ERROR");
        HttpAnswer first = record(referralId, correction);

        HttpAnswer again = streams.recordNothing(referralId, () -> record(referralId, correction));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
    }

    @Test
    void aCorrectionWhoseHistoryBreaksARuleIsAConflictNamingTheRuleAndRecordsNothing() {
        UUID referralId = api.newReferral();
        record(referralId, reasonableGrounds(RG_ON, "POSITIVE"));
        record(referralId, conclusiveGrounds(CG_ON, "POSITIVE"));

        HttpAnswer answer = streams.recordNothing(referralId, () -> record(referralId,
                correction(1, fieldsOf(reasonableGrounds(RG_ON, "NEGATIVE")), "DATA_ENTRY_ERROR")));

        JsonNode problem = assertProblem(answer, 409);
        assertThat(problem.get("type").asString()).isEqualTo("urn:nrm-tracker:problem:state-conflict");
        assertThat(problem.get("detail").asString()).isEqualTo("With this correction, sequence 2 "
                + "(CONCLUSIVE_GROUNDS_DECISION) would break a rule: A conclusive-grounds decision needs a positive "
                + "reasonable-grounds decision first.");
    }

    @Test
    void aCorrectionIntoTheFutureHasImpossibleDates() {
        UUID referralId = api.newReferral();
        record(referralId, reasonableGrounds(RG_ON, "POSITIVE"));

        HttpAnswer answer = streams.recordNothing(referralId, () -> record(referralId,
                correction(1, fieldsOf(reasonableGrounds(TODAY.plusDays(1), "POSITIVE")), "DATA_ENTRY_ERROR")));

        assertThat(assertProblem(answer, 422).get("type").asString())
                .isEqualTo("urn:nrm-tracker:problem:impossible-dates");
    }

    @Test
    void aReplacementWithAnotherTypesFieldsIsAConflict() {
        UUID referralId = api.newReferral();
        record(referralId, reasonableGrounds(RG_ON, "POSITIVE"));

        HttpAnswer answer = streams.recordNothing(referralId, () -> record(referralId,
                correction(1, fieldsOf(supportStarted(RG_ON, "OUTREACH")), "DATA_ENTRY_ERROR")));

        JsonNode problem = assertProblem(answer, 409);
        assertThat(problem.get("detail").asString())
                .contains("REASONABLE_GROUNDS_DECISION", "missing decidedOn, outcome");
        // each field named, so a form shows the refusal beside it
        assertThat(problem.get("errors").valueStream().map(error -> error.get("field").asString()))
                .containsExactly("replacement.decidedOn", "replacement.outcome", "replacement.startedOn",
                        "replacement.kind");
    }

    @Test
    void aReasonIsOneOfTheListNeverFreeText() {
        UUID referralId = api.newReferral();

        HttpAnswer answer = streams.recordNothing(referralId,
                () -> record(referralId, retraction(0, "typed on the wrong case of Jane Doe")));

        JsonNode problem = assertProblem(answer, 400);
        assertThat(problem.toString()).doesNotContain("Jane");
    }

    @Test
    void aReplacementsFieldsAreCheckedAsOnTheirOwnEndpoint() {
        UUID referralId = api.newReferral();
        ObjectNode corrected = fieldsOf(referral(referralId));
        ((ObjectNode) corrected.get("survivor")).putArray("nationalities").add("XYZ");

        HttpAnswer answer = streams.recordNothing(referralId,
                () -> record(referralId, correction(0, corrected, "DATA_ENTRY_ERROR")));

        assertThat(assertProblem(answer, 400).get("errors").get(0).get("field").asString())
                .isEqualTo("replacement.survivor.nationalities[0]");
    }

    @Test
    void aRetractedEventIsRecordedAsARetractionOfItsOwn() {
        UUID referralId = api.newReferral();
        record(referralId, reasonableGrounds(RG_ON, "POSITIVE"));

        HttpAnswer answer = record(referralId, retraction(1, "WRONG_REFERRAL"));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(streams.of(referralId).get(2).payloadType()).isEqualTo(EventRetracted.class.getName());
        // the decision no longer counts: the stage takes a new first decision
        assertThat(record(referralId, reasonableGrounds(RG_ON.plusDays(2), "NEGATIVE")).status()).isEqualTo(201);
    }

    @Test
    void aRetractedReferralTakesNothingMore() {
        UUID referralId = api.newReferral();
        record(referralId, retraction(0, "WRONG_REFERRAL"));

        HttpAnswer answer = streams.recordNothing(referralId,
                () -> record(referralId, reasonableGrounds(RG_ON, "POSITIVE")));

        assertThat(assertProblem(answer, 409).get("detail").asString()).contains("retracted");
    }

    @Test
    void aCorrectionOfACorrectionIsAConflict() {
        UUID referralId = api.newReferral();
        record(referralId, reasonableGrounds(RG_ON, "POSITIVE"));
        record(referralId, retraction(1, "DUPLICATE"));

        HttpAnswer answer = streams.recordNothing(referralId, () -> record(referralId, retraction(2, "OTHER")));

        assertProblem(answer, 409);
    }

    private HttpAnswer record(UUID referralId, ObjectNode event) {
        return api.post(eventsOf(referralId), event.toString());
    }
}
