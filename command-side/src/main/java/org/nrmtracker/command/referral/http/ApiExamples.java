package org.nrmtracker.command.referral.http;

/**
 * Request bodies the API description offers as examples, so that Swagger UI's "Try it out" sends one the API
 * accepts (docs/api.md §3.1 and §3.2), the events in the order given: the correction fixes the support start
 * (sequence 1), the retraction takes back the withdrawal (sequence 3). The referral has no {@code referralId}: the
 * server makes one for each try.
 */
final class ApiExamples {

    static final String REFERRAL = """
            {"referredOn": "2024-03-01", "jurisdiction": "ENGLAND_AND_WALES",
             "firstResponder": {"type": "POLICE", "organisation": "Example Constabulary"},
             "survivor": {"subjectRef": "case-0042", "ageAtExploitation": "ADULT", "gender": "FEMALE",
                          "nationalities": ["ALB"]},
             "exploitation": {"types": ["LABOUR", "CRIMINAL"], "location": "UK", "countyLines": false}}""";

    static final String REASONABLE_GROUNDS = """
            {"type": "REASONABLE_GROUNDS_DECISION", "decidedOn": "2024-03-06", "outcome": "POSITIVE"}""";

    static final String SUPPORT_STARTED = """
            {"type": "SUPPORT_STARTED", "startedOn": "2024-03-02", "kind": "ACCOMMODATION"}""";

    static final String WITHDRAWN = """
            {"type": "WITHDRAWN", "withdrawnOn": "2024-04-01"}""";

    static final String EVENT_CORRECTED = """
            {"type": "EVENT_CORRECTED", "corrects": 1,
             "replacement": {"startedOn": "2024-03-03", "kind": "ACCOMMODATION"}, "reason": "DATA_ENTRY_ERROR"}""";

    static final String EVENT_RETRACTED = """
            {"type": "EVENT_RETRACTED", "retracts": 3, "reason": "WRONG_REFERRAL"}""";

    private ApiExamples() {
    }
}
