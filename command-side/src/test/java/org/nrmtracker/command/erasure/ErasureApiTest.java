package org.nrmtracker.command.erasure;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;
import org.nrmtracker.command.HttpAnswer;
import org.nrmtracker.command.RecordedStreams;
import org.nrmtracker.command.ReferralJson;
import org.nrmtracker.command.RunningCommandSide;
import org.nrmtracker.command.WriteApi;
import org.nrmtracker.kernel.eventstore.StoredEvent;
import org.nrmtracker.kernel.personaldata.DataKeys;
import org.nrmtracker.kernel.personaldata.PersonalData;
import org.nrmtracker.kernel.referral.PersonalDataErased;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.SealedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.command.WriteApi.REFERRALS;

/**
 * {@code POST /api/v1/referrals/{id}/erasure} (docs/api.md §3.4): who may erase, what is recorded, that the key is
 * destroyed, and that asking again answers the same.
 */
@RunningCommandSide
class ErasureApiTest {

    private static final String DATA_SUBJECT_REQUEST = "{\"reason\":\"DATA_SUBJECT_REQUEST\"}";

    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;
    @Autowired
    PersonalData personalData;

    private static String erasureOf(Object referralId) {
        return REFERRALS + "/" + referralId + "/erasure";
    }

    private boolean hasKey(UUID referralId) {
        return database.getCollection(DataKeys.COLLECTION).countDocuments(eq("_id", referralId.toString())) == 1;
    }

    private SealedText sealedSubjectRef(UUID referralId) {
        String payload = new RecordedStreams(database).of(referralId).get(0).payload();
        Matcher token = Pattern.compile("\"subjectRef\":\"(sealed:v1:[^\"]+)\"").matcher(payload);
        assertThat(token.find()).as(payload).isTrue();
        return new SealedText(token.group(1));
    }

    @Test
    void theOwningProviderErasesOnceAndTheKeyIsDestroyedAndTheErasureRecordedWithoutPersonalData() {
        WriteApi provider = new WriteApi(port);
        UUID referralId = provider.newReferral();
        assertThat(hasKey(referralId)).isTrue();
        SealedText sealed = sealedSubjectRef(referralId);
        assertThat(personalData.subjectRef(new ReferralId(referralId), sealed)).contains(ReferralJson.SUBJECT_REF);

        HttpAnswer first = provider.post(erasureOf(referralId), DATA_SUBJECT_REQUEST);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("referralId").asString()).isEqualTo(referralId.toString());
        assertThat(first.json().get("sequence").asLong()).isEqualTo(1);
        assertThat(first.json().get("personalDataErased").asBoolean()).isTrue();
        assertThat(hasKey(referralId)).isFalse();
        List<StoredEvent> stream = new RecordedStreams(database).of(referralId);
        StoredEvent erasure = stream.get(1);
        assertThat(erasure.payloadType()).isEqualTo(PersonalDataErased.class.getName());
        assertThat(erasure.recordedBy()).isEqualTo(WriteApi.PROVIDER);
        assertThat(erasure.payload()).contains("\"reason\":\"DATA_SUBJECT_REQUEST\"")
                .doesNotContain(ReferralJson.SUBJECT_REF);
        assertThat(stream.get(0).payload()).doesNotContain(ReferralJson.SUBJECT_REF).contains("sealed:v1:");
        assertThat(personalData.subjectRef(new ReferralId(referralId), sealed)).isEmpty();

        HttpAnswer second = provider.post(erasureOf(referralId), "{\"reason\":\"RECORDED_IN_ERROR\"}");

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(new RecordedStreams(database).lengthOf(referralId)).isEqualTo(2);
    }

    @Test
    void anErasedReferralKeepsTakingEventsAndItsReferralSentAgainIsADuplicate() {
        WriteApi provider = new WriteApi(port);
        UUID referralId = provider.newReferral();
        assertThat(provider.post(erasureOf(referralId), DATA_SUBJECT_REQUEST).status()).isEqualTo(200);

        assertThat(provider.post(REFERRALS, ReferralJson.referral(referralId).toString()).status()).isEqualTo(200);
        assertThat(provider.post(WriteApi.eventsOf(referralId),
                ReferralJson.reasonableGrounds(ReferralJson.REFERRED_ON.plusDays(5), "POSITIVE").toString()).status())
                .isEqualTo(201);
        assertThat(hasKey(referralId)).as("no key is made again").isFalse();
    }

    @Test
    void anAdministratorErasesAnyOrganisationsReferral() {
        UUID referralId = new WriteApi(port).newReferral();

        HttpAnswer answer = WriteApi.as(port, "demo-admin").post(erasureOf(referralId), DATA_SUBJECT_REQUEST);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(hasKey(referralId)).isFalse();
        assertThat(new RecordedStreams(database).of(referralId).get(1).recordedBy()).isEqualTo("demo-admin");
    }

    @Test
    void analystsAndAuditorsMayNotEraseAndAnotherOrganisationFindsNoSuchReferral() {
        UUID referralId = new WriteApi(port).newReferral();

        for (String client : List.of("demo-analyst", "demo-auditor")) {
            HttpAnswer refused = WriteApi.as(port, client).post(erasureOf(referralId), DATA_SUBJECT_REQUEST);
            assertThat(refused.status()).as(client).isEqualTo(403);
        }
        HttpAnswer other = WriteApi.as(port, "demo-provider-2").post(erasureOf(referralId), DATA_SUBJECT_REQUEST);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.contentType()).startsWith(WriteApi.PROBLEM_JSON);
        assertThat(new WriteApi(port, null).post(erasureOf(referralId), DATA_SUBJECT_REQUEST).status())
                .isEqualTo(401);

        assertThat(hasKey(referralId)).isTrue();
        assertThat(new RecordedStreams(database).lengthOf(referralId)).isEqualTo(1);
    }

    @Test
    void aReasonOutsideTheListOrAnUnknownReferralIsRefusedAndNothingIsRecorded() {
        WriteApi provider = new WriteApi(port);
        UUID referralId = provider.newReferral();

        for (String body : List.of("{\"reason\":\"BECAUSE\"}", "{}", "{\"reason\":\"DATA_SUBJECT_REQUEST\",\"note\":\"x\"}")) {
            HttpAnswer refused = provider.post(erasureOf(referralId), body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.contentType()).startsWith(WriteApi.PROBLEM_JSON);
        }
        assertThat(provider.post(erasureOf(UUID.randomUUID()), DATA_SUBJECT_REQUEST).status()).isEqualTo(404);
        assertThat(provider.post(erasureOf("not-a-uuid"), DATA_SUBJECT_REQUEST).status()).isEqualTo(400);
        assertThat(provider.post(erasureOf(referralId), DATA_SUBJECT_REQUEST.getBytes(), "text/plain").status())
                .isEqualTo(415);
        assertThat(hasKey(referralId)).isTrue();
        assertThat(new RecordedStreams(database).lengthOf(referralId)).isEqualTo(1);
    }

    @Test
    void erasuresAreCountedByReason() {
        WriteApi provider = new WriteApi(port);
        double before = erased("RECORDED_IN_ERROR");
        UUID referralId = provider.newReferral();

        provider.post(erasureOf(referralId), "{\"reason\":\"RECORDED_IN_ERROR\"}");
        provider.post(erasureOf(referralId), "{\"reason\":\"RECORDED_IN_ERROR\"}");

        assertThat(erased("RECORDED_IN_ERROR")).isEqualTo(before + 1);
    }

    private double erased(String reason) {
        String metrics = WriteApi.as(port, "demo-admin").get("/actuator/prometheus").body();
        return metrics.lines().filter(line -> line.startsWith("nrm_personal_data_erased_total{")
                        && line.contains("reason=\"" + reason + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
