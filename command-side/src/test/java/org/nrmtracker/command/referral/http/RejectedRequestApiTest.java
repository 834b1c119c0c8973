package org.nrmtracker.command.referral.http;

import org.junit.jupiter.api.Test;
import org.nrmtracker.command.HttpAnswer;
import org.nrmtracker.command.RunningCommandSide;
import org.nrmtracker.command.WriteApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.command.Problems.assertInvalidField;
import static org.nrmtracker.command.Problems.assertProblem;
import static org.nrmtracker.command.ReferralJson.REFERRED_ON;
import static org.nrmtracker.command.ReferralJson.SECRET_SUBJECT_REF;
import static org.nrmtracker.command.ReferralJson.reasonableGrounds;
import static org.nrmtracker.command.ReferralJson.referral;
import static org.nrmtracker.command.ReferralJson.withdrawn;
import static org.nrmtracker.command.WriteApi.JSON;
import static org.nrmtracker.command.WriteApi.REFERRALS;
import static org.nrmtracker.command.WriteApi.eventsOf;

/**
 * Requests the write API refuses before they reach a referral (docs/api.md §1): each answer is a
 * clean problem that names the field, repeats none of the request's values, and records nothing.
 */
@RunningCommandSide
class RejectedRequestApiTest extends WriteApiTest {

    /** {@code nrm.http.max-body-bytes}, the default cap on a request body. */
    private static final int BODY_LIMIT = 65_536;
    private static final String UNKNOWN_OUTCOME = "MAYBE_LATER";
    private static final String NOT_A_BOOLEAN = "perhaps";
    private static final String NOT_A_UUID = "case-0042-not-a-uuid";
    private static final String NOT_A_COUNTRY = "XYZ";
    private static final LocalDate DECIDED_ON = REFERRED_ON.plusDays(5);

    @Test
    void anUnknownFieldIsRefusedByName() {
        UUID referralId = api.newReferral();
        ObjectNode event = reasonableGrounds(REFERRED_ON, "POSITIVE").put("survivorName", SECRET_SUBJECT_REF);

        HttpAnswer answer = streams.recordNothing(referralId, () -> api.post(eventsOf(referralId), event.toString()));

        assertInvalidField(answer, "survivorName", SECRET_SUBJECT_REF);
    }

    @Test
    void anUnknownNestedFieldOfAReferralIsRefusedByItsPath() {
        UUID referralId = UUID.randomUUID();
        ObjectNode body = referral(referralId);
        survivorOf(body).put("name", SECRET_SUBJECT_REF);

        HttpAnswer answer = streams.recordNothing(referralId, () -> api.post(REFERRALS, body.toString()));

        assertInvalidField(answer, "survivor.name", SECRET_SUBJECT_REF);
    }

    @Test
    void aFieldOfTheWrongTypeIsRefusedByName() {
        UUID referralId = UUID.randomUUID();
        ObjectNode body = referral(referralId);
        survivorOf(body).put("subjectRef", SECRET_SUBJECT_REF);
        ((ObjectNode) body.get("exploitation")).put("countyLines", NOT_A_BOOLEAN);

        HttpAnswer answer = streams.recordNothing(referralId, () -> api.post(REFERRALS, body.toString()));

        assertInvalidField(answer, "exploitation.countyLines", SECRET_SUBJECT_REF, NOT_A_BOOLEAN);
    }

    @Test
    void aDateThatIsNotADateIsRefusedByName() {
        UUID referralId = api.newReferral();
        ObjectNode event = reasonableGrounds(REFERRED_ON, "POSITIVE").put("decidedOn", true);

        HttpAnswer answer = streams.recordNothing(referralId, () -> api.post(eventsOf(referralId), event.toString()));

        assertInvalidField(answer, "decidedOn");
    }

    @Test
    void aDateAsANumberIsRefusedByName() {
        UUID referralId = api.newReferral();
        ObjectNode event = reasonableGrounds(REFERRED_ON, "POSITIVE").put("decidedOn", DECIDED_ON.toEpochDay());

        HttpAnswer answer = streams.recordNothing(referralId, () -> api.post(eventsOf(referralId), event.toString()));

        assertInvalidField(answer, "decidedOn");
    }

    @Test
    void aDateWithATimeIsRefusedByName() {
        UUID referralId = api.newReferral();
        ObjectNode event = withdrawn(REFERRED_ON).put("withdrawnOn", DECIDED_ON + "T10:00:00");

        HttpAnswer answer = streams.recordNothing(referralId, () -> api.post(eventsOf(referralId), event.toString()));

        assertInvalidField(answer, "withdrawnOn", "T10:00:00");
    }

    @Test
    void anOutcomeGivenByItsIndexIsRefusedByName() {
        UUID referralId = api.newReferral();
        ObjectNode event = reasonableGrounds(REFERRED_ON, "POSITIVE").put("outcome", 0);

        HttpAnswer answer = streams.recordNothing(referralId, () -> api.post(eventsOf(referralId), event.toString()));

        assertInvalidField(answer, "outcome");
    }

    @Test
    void aBooleanGivenAsTextOrNumberIsRefusedByName() {
        UUID referralId = UUID.randomUUID();
        ObjectNode asText = referral(referralId);
        ((ObjectNode) asText.get("exploitation")).put("countyLines", "true");
        ObjectNode asNumber = referral(referralId);
        ((ObjectNode) asNumber.get("exploitation")).put("countyLines", 1);

        HttpAnswer text = streams.recordNothing(referralId, () -> api.post(REFERRALS, asText.toString()));
        HttpAnswer number = streams.recordNothing(referralId, () -> api.post(REFERRALS, asNumber.toString()));

        assertInvalidField(text, "exploitation.countyLines");
        assertInvalidField(number, "exploitation.countyLines");
    }

    @Test
    void anImpossibleCalendarDateIsRefusedByName() {
        UUID referralId = api.newReferral();
        ObjectNode event = reasonableGrounds(REFERRED_ON, "POSITIVE").put("decidedOn", "2024-02-30");

        HttpAnswer answer = streams.recordNothing(referralId, () -> api.post(eventsOf(referralId), event.toString()));

        assertInvalidField(answer, "decidedOn", "2024-02-30");
    }

    @Test
    void anUnknownEnumValueIsRefusedByName() {
        UUID referralId = api.newReferral();
        ObjectNode event = reasonableGrounds(REFERRED_ON, UNKNOWN_OUTCOME);

        HttpAnswer answer = streams.recordNothing(referralId, () -> api.post(eventsOf(referralId), event.toString()));

        assertInvalidField(answer, "outcome", UNKNOWN_OUTCOME);
    }

    @Test
    void anUnknownJurisdictionIsRefusedByName() {
        UUID referralId = UUID.randomUUID();
        ObjectNode body = referral(referralId).put("jurisdiction", "WALES");
        survivorOf(body).put("subjectRef", SECRET_SUBJECT_REF);

        HttpAnswer answer = streams.recordNothing(referralId, () -> api.post(REFERRALS, body.toString()));

        assertInvalidField(answer, "jurisdiction", "WALES", SECRET_SUBJECT_REF);
    }

    @Test
    void aMissingRequiredFieldIsRefusedByName() {
        UUID referralId = api.newReferral();
        ObjectNode event = reasonableGrounds(REFERRED_ON, "POSITIVE");
        event.remove("outcome");

        HttpAnswer answer = streams.recordNothing(referralId, () -> api.post(eventsOf(referralId), event.toString()));

        assertInvalidField(answer, "outcome");
    }

    @Test
    void aMissingNestedFieldOfAReferralIsRefusedByItsPath() {
        UUID referralId = UUID.randomUUID();
        ObjectNode body = referral(referralId);
        survivorOf(body).put("subjectRef", SECRET_SUBJECT_REF).remove("gender");

        HttpAnswer answer = streams.recordNothing(referralId, () -> api.post(REFERRALS, body.toString()));

        assertInvalidField(answer, "survivor.gender", SECRET_SUBJECT_REF);
    }

    @Test
    void aSubjectRefLongerThan64CharactersIsRefusedWithoutRepeatingIt() {
        UUID referralId = UUID.randomUUID();
        String tooLong = SECRET_SUBJECT_REF + "-" + "x".repeat(64);
        ObjectNode body = referral(referralId);
        survivorOf(body).put("subjectRef", tooLong);

        HttpAnswer answer = streams.recordNothing(referralId, () -> api.post(REFERRALS, body.toString()));

        assertInvalidField(answer, "survivor.subjectRef", SECRET_SUBJECT_REF);
    }

    @Test
    void aNationalityThatIsNotACountryCodeIsRefusedByPosition() {
        UUID referralId = UUID.randomUUID();
        ObjectNode body = referral(referralId);
        survivorOf(body).put("subjectRef", SECRET_SUBJECT_REF).putArray("nationalities").add("ALB").add(NOT_A_COUNTRY);

        HttpAnswer answer = streams.recordNothing(referralId, () -> api.post(REFERRALS, body.toString()));

        assertInvalidField(answer, "survivor.nationalities[1]", SECRET_SUBJECT_REF, NOT_A_COUNTRY);
    }

    @Test
    void noExploitationTypeIsRefused() {
        UUID referralId = UUID.randomUUID();
        ObjectNode body = referral(referralId);
        ((ObjectNode) body.get("exploitation")).putArray("types");

        HttpAnswer answer = streams.recordNothing(referralId, () -> api.post(REFERRALS, body.toString()));

        assertInvalidField(answer, "exploitation.types");
    }

    @Test
    void notSpecifiedCannotBeCombinedWithAnotherExploitationType() {
        UUID referralId = UUID.randomUUID();
        ObjectNode body = referral(referralId);
        ((ObjectNode) body.get("exploitation")).putArray("types").add("NOT_SPECIFIED").add("LABOUR");

        HttpAnswer answer = streams.recordNothing(referralId, () -> api.post(REFERRALS, body.toString()));

        assertInvalidField(answer, "exploitation.types");
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() {
        UUID referralId = api.newReferral();
        String truncated = "{\"type\": \"WITHDRAWN\", \"withdrawnOn\": \"" + SECRET_SUBJECT_REF;

        HttpAnswer answer = streams.recordNothing(referralId, () -> api.post(eventsOf(referralId), truncated));

        assertProblem(answer, 400, SECRET_SUBJECT_REF);
    }

    @Test
    void aBodyThatIsNotUtf8IsRefused() {
        UUID referralId = UUID.randomUUID();
        ObjectNode body = referral(referralId);
        survivorOf(body).put("subjectRef", "Jane-\u00e9-Doe");
        byte[] latin1 = body.toString().getBytes(StandardCharsets.ISO_8859_1);

        HttpAnswer answer = streams.recordNothing(referralId, () -> api.post(REFERRALS, latin1, JSON));

        assertProblem(answer, 400, "Jane-");
    }

    @Test
    void aReferralCannotBeMadeOnTheEventsEndpoint() {
        UUID referralId = api.newReferral();
        ObjectNode referred = referral(referralId).put("type", "REFERRED");

        HttpAnswer answer = streams.recordNothing(referralId,
                () -> api.post(eventsOf(referralId), referred.toString()));

        assertInvalidField(answer, "type");
    }

    @Test
    void anEventWithoutATypeIsRefused() {
        UUID referralId = api.newReferral();
        ObjectNode untyped = withdrawn(REFERRED_ON);
        untyped.remove("type");

        HttpAnswer answer = streams.recordNothing(referralId, () -> api.post(eventsOf(referralId), untyped.toString()));

        assertInvalidField(answer, "type");
    }

    @Test
    void aReferralIdThatIsNotAUuidIsRefused() {
        HttpAnswer answer = api.post(eventsOf(NOT_A_UUID), reasonableGrounds(REFERRED_ON, "POSITIVE").toString());

        JsonNode problem = assertInvalidField(answer, "referralId");
        // "instance" is the request's path, as Spring sets it; the value is not repeated anywhere else
        assertThat(((ObjectNode) problem).without("instance").toString()).doesNotContain(NOT_A_UUID);
    }

    @Test
    void aBodyThatIsNotJsonByContentTypeIsUnsupported() {
        UUID referralId = api.newReferral();
        byte[] event = withdrawn(REFERRED_ON).toString().getBytes(StandardCharsets.UTF_8);

        HttpAnswer answer = streams.recordNothing(referralId,
                () -> api.post(eventsOf(referralId), event, "text/plain"));

        assertProblem(answer, 415);
    }

    @Test
    void aBodyWithoutAContentTypeIsUnsupported() {
        UUID referralId = api.newReferral();
        byte[] event = withdrawn(REFERRED_ON).toString().getBytes(StandardCharsets.UTF_8);

        HttpAnswer answer = streams.recordNothing(referralId, () -> api.post(eventsOf(referralId), event, null));

        assertProblem(answer, 415);
    }

    @Test
    void aBodyOfExactlyTheLimitIsRead() {
        UUID referralId = api.newReferral();

        HttpAnswer declared = api.post(eventsOf(referralId), padded(reasonableGrounds(DECIDED_ON, "POSITIVE"), BODY_LIMIT), JSON);
        HttpAnswer chunked = api.postChunked(eventsOf(referralId), padded(withdrawn(DECIDED_ON), BODY_LIMIT), JSON);

        assertThat(declared.status()).as("%s", declared).isEqualTo(201);
        assertThat(chunked.status()).as("%s", chunked).isEqualTo(201);
    }

    @Test
    void aDeclaredBodyOverTheLimitIsTooLarge() {
        UUID referralId = api.newReferral();
        byte[] oneByteTooMany = padded(reasonableGrounds(DECIDED_ON, "POSITIVE"), BODY_LIMIT + 1);

        HttpAnswer answer = streams.recordNothing(referralId,
                () -> api.post(eventsOf(referralId), oneByteTooMany, JSON));

        assertProblem(answer, 413);
    }

    @Test
    void aChunkedBodyOverTheLimitIsTooLarge() {
        UUID referralId = api.newReferral();
        byte[] oneByteTooMany = padded(reasonableGrounds(DECIDED_ON, "POSITIVE"), BODY_LIMIT + 1);

        HttpAnswer answer = streams.recordNothing(referralId,
                () -> api.postChunked(eventsOf(referralId), oneByteTooMany, JSON));

        assertProblem(answer, 413);
    }

    @Test
    void aReferralOverTheLimitIsTooLargeEitherWay() {
        UUID referralId = UUID.randomUUID();
        ObjectNode body = referral(referralId);
        survivorOf(body).put("subjectRef", SECRET_SUBJECT_REF);
        byte[] tooLarge = padded(body, 2 * BODY_LIMIT);

        HttpAnswer declared = streams.recordNothing(referralId, () -> api.post(REFERRALS, tooLarge, JSON));
        HttpAnswer chunked = streams.recordNothing(referralId, () -> api.postChunked(REFERRALS, tooLarge, JSON));

        assertProblem(declared, 413, SECRET_SUBJECT_REF);
        assertProblem(chunked, 413, SECRET_SUBJECT_REF);
    }

    private static ObjectNode survivorOf(ObjectNode referral) {
        return (ObjectNode) referral.get("survivor");
    }

    /** The object as JSON of exactly {@code size} bytes: its fields, then spaces, then the closing brace. */
    private static byte[] padded(ObjectNode object, int size) {
        String json = object.toString().substring(0, object.toString().length() - 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(size);
        bytes.writeBytes(json.getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(" ".repeat(size - bytes.size() - 1).getBytes(StandardCharsets.US_ASCII));
        bytes.write('}');
        return bytes.toByteArray();
    }
}
