package org.nrmtracker.query.statistics;

import org.junit.jupiter.api.Test;
import org.nrmtracker.query.RunningQuerySide;
import org.nrmtracker.query.referral.ReferralRecords;
import org.nrmtracker.query.security.TestTokens;
import org.nrmtracker.query.security.TrustTestTokens;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.kernel.referral.DecisionOutcome.POSITIVE;
import static org.nrmtracker.query.security.TestTokens.OTHER_PROVIDER_ORG;
import static org.nrmtracker.query.security.TestTokens.PROVIDER_ORG;
import static org.nrmtracker.query.statistics.AReferral.referredOn;

/** docs/api.md §5: a provider's statistics count only its own organisation's referrals, suppressed as anyone's. */
@RunningQuerySide
@TestPropertySource(properties = "nrm.statistics.minimum-cell-size=2")
@Import(TrustTestTokens.class)
class ProviderStatisticsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The provider's: three women and a man; the other provider's: two; one made before organisations were kept. */
    @TestConfiguration
    static class ReferralsOfTwoOrganisations {

        @Bean
        @Primary
        ReferralRecords referralsOfTwoOrganisations() {
            return Fixtures.referrals(
                    referredOn("2024-03-01").organisation(PROVIDER_ORG),
                    referredOn("2024-03-01").organisation(PROVIDER_ORG),
                    referredOn("2024-03-01").organisation(PROVIDER_ORG).reasonableGrounds("2024-03-06", POSITIVE),
                    referredOn("2024-03-01").organisation(PROVIDER_ORG).male(),
                    referredOn("2024-03-01").organisation(OTHER_PROVIDER_ORG),
                    referredOn("2024-03-01").organisation(OTHER_PROVIDER_ORG),
                    referredOn("2024-03-01"));
        }
    }

    @LocalServerPort
    int port;

    @Test
    void aProviderCountsOnlyItsOwnOrganisationsReferralsAndAnAnalystEvery() throws Exception {
        String backlog = "/api/v1/statistics/backlog?asOf=2024-06-30";

        assertThat(open(backlog, TestTokens.provider(PROVIDER_ORG))).containsExactly(3L, 1L);
        assertThat(open(backlog, TestTokens.provider(OTHER_PROVIDER_ORG))).containsExactly(2L, 0L);
        assertThat(open(backlog, TestTokens.analyst())).containsExactly(6L, 1L);
        // with statistics:read as well, a provider is an analyst here, as for timelines (§8)
        assertThat(open(backlog, TestTokens.client("both").scopes("referrals:write", "statistics:read")
                .organisation(PROVIDER_ORG).token())).containsExactly(6L, 1L);
        JsonNode cohorts = get("/api/v1/statistics/referral-cohorts?asOf=2024-06-30", TestTokens.provider(PROVIDER_ORG));
        assertThat(cohorts.get("groups").get(0).get("referrals").asLong()).isEqualTo(4);
        JsonNode decisions = get("/api/v1/statistics/decisions?stage=REASONABLE_GROUNDS&asOf=2024-06-30",
                TestTokens.provider(OTHER_PROVIDER_ORG));
        assertThat(decisions.get("groups")).isEmpty();
    }

    @Test
    void aProvidersSmallGroupsAreSuppressedAsAnyones() throws Exception {
        JsonNode byGender = get("/api/v1/statistics/backlog?asOf=2024-06-30&groupBy=GENDER",
                TestTokens.provider(PROVIDER_ORG));

        assertThat(byGender.get("groups").get(0).get("suppressed").asBoolean()).isFalse();
        assertThat(byGender.get("groups").get(1).get("key").get("GENDER").asString()).isEqualTo("MALE");
        assertThat(byGender.get("groups").get(1).get("suppressed").asBoolean()).isTrue();
        assertThat(byGender.get("groups").get(1).get("awaitingReasonableGrounds").isNull()).isTrue();
    }

    @Test
    void theNewStatisticsCountOnlyTheProvidersReferralsToo() throws Exception {
        JsonNode series = get("/api/v1/statistics/backlog-series?from=2024-03-01&to=2024-03-31",
                TestTokens.provider(OTHER_PROVIDER_ORG));
        JsonNode survival = get("/api/v1/statistics/conclusive-grounds-survival?asOf=2024-06-30",
                TestTokens.provider(PROVIDER_ORG));

        assertThat(series.get("points").get(0).get("groups").get(0).get("awaitingReasonableGrounds").asLong())
                .isEqualTo(2);
        // one referral on the curve: suppressed below 2
        assertThat(survival.get("groups").get(0).get("suppressed").asBoolean()).isTrue();
    }

    private List<Long> open(String path, String token) throws Exception {
        JsonNode all = get(path, token).get("groups").get(0);
        return List.of(all.get("awaitingReasonableGrounds").asLong(), all.get("awaitingConclusiveGrounds").asLong());
    }

    private JsonNode get(String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", TestTokens.bearer(token)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
