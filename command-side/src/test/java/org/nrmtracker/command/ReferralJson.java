package org.nrmtracker.command;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Request bodies of docs/api.md §3.1 and §3.2 as JSON trees, for tests to send as they are or
 * to break one field at a time. Dates are relative to today in London, the app's "today".
 */
public final class ReferralJson {

    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    public static final LocalDate REFERRED_ON = TODAY.minusDays(60);
    public static final String SUBJECT_REF = "case-0042";
    /** What a careless provider might put in {@code subjectRef}: it must never come back in an error. */
    public static final String SECRET_SUBJECT_REF = "Jane-Doe-Secret";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReferralJson() {
    }

    /** The example of docs/api.md §3.1, referred 60 days ago, with the given id. */
    public static ObjectNode referral(UUID referralId) {
        ObjectNode referral = referralWithoutId();
        referral.put("referralId", referralId.toString());
        return referral;
    }

    public static ObjectNode referralWithoutId() {
        ObjectNode referral = JSON.createObjectNode();
        referral.put("referredOn", REFERRED_ON.toString());
        referral.put("jurisdiction", "ENGLAND_AND_WALES");
        referral.putObject("firstResponder")
                .put("type", "POLICE")
                .put("organisation", "Example Constabulary");
        ObjectNode survivor = referral.putObject("survivor")
                .put("subjectRef", SUBJECT_REF)
                .put("ageAtExploitation", "ADULT")
                .put("gender", "FEMALE");
        survivor.putArray("nationalities").add("ALB");
        ObjectNode exploitation = referral.putObject("exploitation");
        exploitation.putArray("types").add("LABOUR").add("CRIMINAL");
        exploitation.put("location", "UK").put("countyLines", false);
        return referral;
    }

    public static ObjectNode reasonableGrounds(LocalDate decidedOn, String outcome) {
        return event("REASONABLE_GROUNDS_DECISION").put("decidedOn", decidedOn.toString()).put("outcome", outcome);
    }

    public static ObjectNode conclusiveGrounds(LocalDate decidedOn, String outcome) {
        return event("CONCLUSIVE_GROUNDS_DECISION").put("decidedOn", decidedOn.toString()).put("outcome", outcome);
    }

    public static ObjectNode supportStarted(LocalDate startedOn, String kind) {
        return event("SUPPORT_STARTED").put("startedOn", startedOn.toString()).put("kind", kind);
    }

    public static ObjectNode supportEnded(LocalDate endedOn, String reason) {
        return event("SUPPORT_ENDED").put("endedOn", endedOn.toString()).put("reason", reason);
    }

    public static ObjectNode withdrawn(LocalDate withdrawnOn) {
        return event("WITHDRAWN").put("withdrawnOn", withdrawnOn.toString());
    }

    /** An {@code EVENT_CORRECTED} of {@code corrects}: {@code replacement} is the corrected event's fields. */
    public static ObjectNode correction(long corrects, ObjectNode replacement, String reason) {
        ObjectNode correction = event("EVENT_CORRECTED").put("corrects", corrects);
        correction.set("replacement", replacement);
        return correction.put("reason", reason);
    }

    /** The fields of an event without its {@code type}, as a correction's {@code replacement} gives them. */
    public static ObjectNode fieldsOf(ObjectNode event) {
        ObjectNode fields = event.deepCopy();
        fields.remove("type");
        fields.remove("referralId");
        return fields;
    }

    public static ObjectNode retraction(long retracts, String reason) {
        return event("EVENT_RETRACTED").put("retracts", retracts).put("reason", reason);
    }

    private static ObjectNode event(String type) {
        return JSON.createObjectNode().put("type", type);
    }
}
