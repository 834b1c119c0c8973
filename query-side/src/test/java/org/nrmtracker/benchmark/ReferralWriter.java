package org.nrmtracker.benchmark;

import java.util.UUID;

/**
 * One provider's client recording referrals over REST (docs/api.md §3.1, §3.2), one event a request: a referral,
 * then its positive RG decision, its positive CG decision and the end of its support, then the next referral.
 * Every request is one the rules accept, so each 201 is one recorded event.
 */
final class ReferralWriter implements LoadClients.Client {

    private static final String REFERRAL = """
            {"referralId":"%s","referredOn":"2024-01-10","jurisdiction":"ENGLAND_AND_WALES",
             "firstResponder":{"type":"POLICE","organisation":"Benchmark Constabulary"},
             "survivor":{"subjectRef":"bench-%d","ageAtExploitation":"ADULT","gender":"FEMALE","nationalities":["ALB"]},
             "exploitation":{"types":["LABOUR"],"location":"UK","countyLines":false}}""";
    private static final String[] EVENTS = {
            "{\"type\":\"REASONABLE_GROUNDS_DECISION\",\"decidedOn\":\"2024-02-20\",\"outcome\":\"POSITIVE\"}",
            "{\"type\":\"CONCLUSIVE_GROUNDS_DECISION\",\"decidedOn\":\"2025-06-02\",\"outcome\":\"POSITIVE\"}",
            "{\"type\":\"SUPPORT_ENDED\",\"endedOn\":\"2025-07-01\",\"reason\":\"MOVED_ON\"}"};

    private final Api api;
    private String referralId;
    private int next;
    private long written;

    ReferralWriter(Api api) {
        this.api = api;
    }

    @Override
    public int send() throws Exception {
        if (next == 0) {
            referralId = UUID.randomUUID().toString();
        }
        int status = next == 0
                ? api.postJson("/api/v1/referrals", REFERRAL.formatted(referralId, written)).statusCode()
                : api.postJson("/api/v1/referrals/" + referralId + "/events", EVENTS[next - 1]).statusCode();
        next = (next + 1) % (EVENTS.length + 1);
        written++;
        return status;
    }

    /** The referral and stream position of the event the last {@link #send} recorded. */
    String lastReferralId() {
        return referralId;
    }

    long lastSequence() {
        return (next + EVENTS.length) % (EVENTS.length + 1);
    }
}
