package org.nrmtracker.query.caseload;

import org.junit.jupiter.api.Test;
import org.nrmtracker.query.RunningQuerySide;
import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.referral.ReferralRecords;
import org.nrmtracker.query.security.TestTokens;
import org.nrmtracker.query.security.TrustTestTokens;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.nrmtracker.kernel.personaldata.PersonalData;
import org.nrmtracker.query.SealedSubjectRefs;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.query.caseload.AProviderReferral.number;
import static org.nrmtracker.query.security.TestTokens.OTHER_PROVIDER_ORG;
import static org.nrmtracker.query.security.TestTokens.PROVIDER_ORG;

/**
 * docs/api.md §4.3 with hand-worked dates. Today is Monday 2024-06-10; every referral is in England and Wales, where
 * a positive RG decision from 2022-12-13 on starts a 30-day minimum recovery period. S is the positive RG decision.
 */
@RunningQuerySide
@Import(TrustTestTokens.class)
class CaseloadApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** S 2024-05-01: recovery ended 05-31; 45-day window ends 06-15, in 5 days; 90-day window 07-30. */
    static final AProviderReferral WINDOW_IN_5_DAYS = number(1, PROVIDER_ORG, "2024-04-20")
            .positiveReasonableGrounds("2024-05-01");
    /** S 2024-05-21: recovery period ends 06-20, in 10 days; 45-day window 07-05 (25 days). */
    static final AProviderReferral RECOVERY_IN_10_DAYS = number(2, PROVIDER_ORG, "2024-05-10")
            .positiveReasonableGrounds("2024-05-21");
    /** S 2024-04-26: the 45-day window ends today, 0 days left: not passed yet. */
    static final AProviderReferral WINDOW_ENDS_TODAY = number(3, PROVIDER_ORG, "2024-04-01")
            .positiveReasonableGrounds("2024-04-26");
    /** S 2024-04-01: recovery ended 05-01, the 45-day window 05-16; the 90-day window ends 06-30, in 20 days. */
    static final AProviderReferral WINDOW_IN_20_DAYS = number(4, PROVIDER_ORG, "2024-03-20")
            .positiveReasonableGrounds("2024-04-01");
    /** S 2024-01-02: every deadline passed (the 90-day window on 04-01). */
    static final AProviderReferral ALL_PASSED = number(5, PROVIDER_ORG, "2024-01-01")
            .positiveReasonableGrounds("2024-01-02");
    /** Decided: nothing to wait for, although its 45-day window (S 2024-05-01) ends in 5 days. */
    static final AProviderReferral DECIDED = number(6, PROVIDER_ORG, "2024-04-20")
            .positiveReasonableGrounds("2024-05-01").conclusiveGrounds("2024-06-03");
    /** Awaiting RG: no clock, no deadline. */
    static final AProviderReferral AWAITING_RG = number(7, PROVIDER_ORG, "2024-06-01");
    /** Another organisation's, S 2024-04-29: its 45-day window ends 06-13, in 3 days, nearer than any of the above. */
    static final AProviderReferral OTHER_ORGANISATIONS = number(8, OTHER_PROVIDER_ORG, "2024-04-20")
            .positiveReasonableGrounds("2024-04-29");

    @TestConfiguration
    static class OnMonday10June2024 {

        @Bean
        @Primary
        Clock monday10June2024() {
            return Clock.fixed(Instant.parse("2024-06-10T08:00:00Z"), ZoneId.of("Europe/London"));
        }

        @Bean
        @Primary
        PersonalData inMemoryKeys() {
            return SealedSubjectRefs.IN_MEMORY;
        }

        @Bean
        @Primary
        ReferralRecords providersReferrals() {
            List<ReferralRecord> records = List.of(WINDOW_IN_5_DAYS.record(), RECOVERY_IN_10_DAYS.record(),
                    WINDOW_ENDS_TODAY.record(), WINDOW_IN_20_DAYS.record(), ALL_PASSED.record(), DECIDED.record(),
                    AWAITING_RG.record(), OTHER_ORGANISATIONS.record());
            return new ReferralRecords() {
                @Override
                public Optional<ReferralRecord> byId(String referralId) {
                    return records.stream().filter(record -> record.referralId().equals(referralId)).findFirst();
                }

                @Override
                public Collection<ReferralRecord> all() {
                    return records;
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @Test
    void aProviderSeesItsReferralsWithADeadlineWithinTwoWeeksNearestFirst() throws Exception {
        JsonNode caseload = get("/api/v1/caseload?within=14&windows=45,90", TestTokens.provider(PROVIDER_ORG));

        assertThat(caseload.propertyNames()).containsExactly("asOf", "within", "referrals");
        assertThat(caseload.get("asOf").asString()).isEqualTo("2024-06-10");
        assertThat(caseload.get("within").asInt()).isEqualTo(14);
        JsonNode referrals = caseload.get("referrals");
        assertThat(referrals).extracting(referral -> referral.get("referralId").asString())
                .containsExactly(WINDOW_ENDS_TODAY.id(), WINDOW_IN_5_DAYS.id(), RECOVERY_IN_10_DAYS.id());
        assertThat(referrals.get(0).propertyNames()).containsExactly("referralId", "subjectRef", "status",
                "referredOn", "daysWaiting", "nextDeadline");
        // window: S 2024-05-01 + 45 = 2024-06-15, 5 days after 06-10; waiting 40 days since S
        assertThat(referrals.get(1).toString()).isEqualTo("{\"referralId\":\"" + WINDOW_IN_5_DAYS.id() + "\","
                + "\"subjectRef\":\"case-1\",\"status\":\"AWAITING_CONCLUSIVE_GROUNDS\",\"referredOn\":\"2024-04-20\","
                + "\"daysWaiting\":40,\"nextDeadline\":{\"kind\":\"WINDOW\",\"days\":45,\"endsOn\":\"2024-06-15\","
                + "\"daysLeft\":5}}");
        // recovery period: S 2024-05-21 + 30 = 2024-06-20, 10 days; waiting 20 days
        assertThat(referrals.get(2).get("daysWaiting").asInt()).isEqualTo(20);
        assertThat(referrals.get(2).get("nextDeadline").toString())
                .isEqualTo("{\"kind\":\"RECOVERY_PERIOD\",\"days\":30,\"endsOn\":\"2024-06-20\",\"daysLeft\":10}");
        assertThat(referrals.get(0).get("nextDeadline").toString())
                .isEqualTo("{\"kind\":\"WINDOW\",\"days\":45,\"endsOn\":\"2024-06-10\",\"daysLeft\":0}");
    }

    @Test
    void withinAndWindowsChooseTheDeadlines() throws Exception {
        JsonNode month = get("/api/v1/caseload?within=30", TestTokens.provider(PROVIDER_ORG));
        // windows 30 and 45: S 2024-05-21 + 30 = 2024-06-20, the recovery period's end too: the recovery period first
        JsonNode thirty = get("/api/v1/caseload?windows=30,45", TestTokens.provider(PROVIDER_ORG));

        assertThat(month.get("referrals")).extracting(referral -> referral.get("referralId").asString())
                .containsExactly(WINDOW_ENDS_TODAY.id(), WINDOW_IN_5_DAYS.id(), RECOVERY_IN_10_DAYS.id(),
                        WINDOW_IN_20_DAYS.id());
        assertThat(month.get("referrals").get(3).get("nextDeadline").get("endsOn").asString()).isEqualTo("2024-06-30");
        assertThat(thirty.get("within").asInt()).isEqualTo(14);
        assertThat(thirty.get("referrals").get(2).get("nextDeadline").get("kind").asString()).isEqualTo("RECOVERY_PERIOD");
    }

    @Test
    void anotherOrganisationsReferralIsNeverShown() throws Exception {
        JsonNode mine = get("/api/v1/caseload?within=3650", TestTokens.provider(PROVIDER_ORG));
        JsonNode theirs = get("/api/v1/caseload", TestTokens.provider(OTHER_PROVIDER_ORG));

        assertThat(mine.toString()).doesNotContain(OTHER_ORGANISATIONS.id(), "case-8");
        assertThat(theirs.get("referrals")).extracting(referral -> referral.get("referralId").asString())
                .containsExactly(OTHER_ORGANISATIONS.id());
        assertThat(theirs.get("referrals").get(0).get("nextDeadline").get("daysLeft").asInt()).isEqualTo(3);
    }

    @Test
    void analystsMayNotReadACaseloadAndBadParametersAreProblems() throws Exception {
        assertThat(send("/api/v1/caseload", TestTokens.analyst()).statusCode()).isEqualTo(403);
        for (String query : List.of("within=-1", "within=3651", "within=two", "windows=0", "windows=")) {
            HttpResponse<String> response = send("/api/v1/caseload?" + query, TestTokens.provider(PROVIDER_ORG));
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("errors").get(0).get("field").asString()).as(query)
                    .isEqualTo(query.substring(0, query.indexOf('=')));
        }
    }

    private JsonNode get(String path, String token) throws Exception {
        HttpResponse<String> response = send(path, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", TestTokens.bearer(token)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
