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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.kernel.referral.DecisionOutcome.POSITIVE;
import static org.nrmtracker.query.statistics.AReferral.referredOn;

/** The statistics endpoints over real HTTP, as an analyst: parameters, content negotiation, field names and errors. */
@RunningQuerySide
@TestPropertySource(properties = "nrm.statistics.minimum-cell-size=2")
@Import(TrustTestTokens.class)
class StatisticsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestConfiguration
    static class KnownReferralsOnNewYearsDay {

        @Bean
        @Primary
        ReferralRecords knownReferrals() {
            return Fixtures.referrals(
                    referredOn("2024-03-01").reasonableGrounds("2024-03-06", POSITIVE),
                    referredOn("2024-03-02").reasonableGrounds("2024-03-06", POSITIVE)
                            .conclusiveGrounds("2024-05-01", POSITIVE),
                    referredOn("2024-04-01").child());
        }

        @Bean
        @Primary
        Clock newYearsDay() {
            return Clock.fixed(Instant.parse("2025-01-01T12:00:00Z"), ZoneId.of("Europe/London"));
        }
    }

    @LocalServerPort
    int port;

    @Test
    void referralCohortsAnswerWithTheContractsFieldsAsOfTodayByDefault() throws Exception {
        HttpResponse<String> response = get("/api/v1/statistics/referral-cohorts?groupBy=AGE_AT_EXPLOITATION", "application/json");
        JsonNode body = JSON.readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body.propertyNames()).containsExactly("asOf", "windows", "minimumCellSize", "groups");
        assertThat(body.get("asOf").asString()).isEqualTo("2025-01-01");
        assertThat(body.get("windows").toString()).isEqualTo("[45,90]");
        assertThat(body.get("minimumCellSize").asInt()).isEqualTo(2);
        JsonNode adults = body.get("groups").get(0);
        assertThat(adults.propertyNames()).containsExactly("key", "suppressed", "referrals", "withdrawn",
                "reasonableGrounds", "conclusiveGrounds", "awaitingConclusiveGrounds", "windows", "support");
        assertThat(adults.get("key").toString()).isEqualTo("{\"AGE_AT_EXPLOITATION\":\"ADULT\"}");
        assertThat(adults.get("reasonableGrounds").propertyNames()).containsExactly("decided", "positive", "negative",
                "positiveRate", "days", "workingDays");
        assertThat(adults.get("reasonableGrounds").get("days").propertyNames())
                .containsExactly("n", "mean", "median", "p90", "min", "max");
        assertThat(adults.get("conclusiveGrounds").propertyNames()).containsExactly("decided", "positive", "negative",
                "positiveRate", "daysFromReasonableGrounds", "daysFromReferral",
                "kaplanMeierMedianDaysFromReasonableGrounds");
        assertThat(adults.get("windows").get(0).propertyNames()).containsExactly("days", "met", "missed", "open", "metRate");
        assertThat(adults.get("support").propertyNames()).containsExactly("ended", "endedBeforeConclusiveDecision", "days");
        JsonNode children = body.get("groups").get(1);
        assertThat(children.get("suppressed").asBoolean()).isTrue();
        assertThat(children.get("referrals").isNull()).isTrue();
    }

    @Test
    void aClientAcceptingAnythingGetsJson() throws Exception {
        HttpResponse<String> response = get("/api/v1/statistics/backlog", "*/*");

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        assertThat(JSON.readTree(response.body()).propertyNames())
                .containsExactly("asOf", "windows", "minimumCellSize", "groups");
    }

    @Test
    void everyStatisticsEndpointAnswersCsvWhenAskedFor() throws Exception {
        HttpResponse<String> cohorts = get("/api/v1/statistics/referral-cohorts?groupBy=REFERRAL_QUARTER", "text/csv");
        HttpResponse<String> decisions = get("/api/v1/statistics/decisions?stage=REASONABLE_GROUNDS&groupBy=DECISION_QUARTER", "text/csv");
        HttpResponse<String> backlog = get("/api/v1/statistics/backlog", "text/csv");

        assertThat(cohorts.statusCode()).isEqualTo(200);
        assertThat(cohorts.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(cohorts.body()).startsWith("REFERRAL_QUARTER,suppressed,referrals,withdrawn,reasonableGrounds.decided,");
        assertThat(cohorts.body().split("\r\n")).hasSize(3);
        assertThat(cohorts.body().split("\r\n")[1]).startsWith("2024-Q1,false,2,0,2,2,0,1,");
        assertThat(decisions.body()).isEqualTo("DECISION_QUARTER,suppressed,decided,positive,negative,positiveRate\r\n"
                + "2024-Q1,false,2,2,0,1\r\n");
        assertThat(backlog.body()).startsWith("suppressed,awaitingReasonableGrounds,awaitingConclusiveGrounds,");
    }

    @Test
    void theDecisionsStatisticsNameTheirStage() throws Exception {
        JsonNode body = JSON.readTree(get("/api/v1/statistics/decisions?stage=CONCLUSIVE_GROUNDS", "application/json").body());

        assertThat(body.get("stage").asString()).isEqualTo("CONCLUSIVE_GROUNDS");
        assertThat(body.get("groups").get(0).propertyNames())
                .containsExactly("key", "suppressed", "decided", "positive", "negative", "positiveRate");
    }

    @Test
    void badParametersAreProblemsNamingTheParameterEvenForCsv() throws Exception {
        assertProblem(get("/api/v1/statistics/referral-cohorts?groupBy=COLOUR", "application/json"), "groupBy");
        assertProblem(get("/api/v1/statistics/referral-cohorts?groupBy=DECISION_QUARTER", "text/csv"), "groupBy");
        assertProblem(get("/api/v1/statistics/backlog?groupBy=DECISION_YEAR", "application/json"), "groupBy");
        assertProblem(get("/api/v1/statistics/backlog?windows=0", "application/json"), "windows");
        assertProblem(get("/api/v1/statistics/decisions", "application/json"), "stage");
        assertProblem(get("/api/v1/statistics/decisions?stage=MAYBE", "text/csv"), "stage");
        assertProblem(get("/api/v1/statistics/referral-cohorts?referredFrom=2024-02-01&referredTo=2024-01-31",
                "application/json"), "referredTo");
        assertProblem(get("/api/v1/statistics/referral-cohorts?asOf=2024-13-01", "application/json"), "asOf");
    }

    @Test
    void survivalCurvesAnswerWithTheIssuesShape() throws Exception {
        HttpResponse<String> response = get("/api/v1/statistics/conclusive-grounds-survival?referredTo=2024-03-31",
                "application/json");
        JsonNode body = JSON.readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body.propertyNames()).containsExactly("asOf", "minimumCellSize", "confidenceLevel", "groups");
        assertThat(body.get("confidenceLevel").asDouble()).isEqualTo(0.95);
        JsonNode all = body.get("groups").get(0);
        assertThat(all.propertyNames()).containsExactly("key", "suppressed", "n", "events", "median",
                "medianLower95", "medianUpper95", "steps");
        // RG on 2024-03-06 for both: decided after 56 days; waiting, censored at 2025-01-01 after 301
        assertThat(all.get("steps").get(0).propertyNames()).containsExactly("days", "atRisk", "events", "censored",
                "survival", "lower95", "upper95");
        assertThat(all.get("steps").toString()).startsWith("[{\"days\":56,\"atRisk\":2,\"events\":1,\"censored\":0,"
                + "\"survival\":0.5,").contains("{\"days\":301,\"atRisk\":1,\"events\":0,\"censored\":1,");
        assertThat(all.get("median").asInt()).isEqualTo(56);
        assertThat(all.get("medianUpper95").isNull()).isTrue();
    }

    @Test
    void survivalCurvesInCsvHaveOneRowPerStep() throws Exception {
        HttpResponse<String> response = get("/api/v1/statistics/conclusive-grounds-survival?groupBy=AGE_AT_EXPLOITATION",
                "text/csv");

        // lower95 = exp(log(0.5) - z·√(1/(2·1))), to the last digit as R's survfit gives it
        assertThat(response.body().split("\r\n")).containsExactly(
                "AGE_AT_EXPLOITATION,suppressed,n,events,median,medianLower95,medianUpper95,steps.days,steps.atRisk,"
                        + "steps.events,steps.censored,steps.survival,steps.lower95,steps.upper95",
                "ADULT,false,2,1,56,56,,56,2,1,0,0.5,0.12504882662995326,1",
                "ADULT,false,2,1,56,56,,301,1,0,1,0.5,0.12504882662995326,1");
    }

    @Test
    void everyPointOfTheBacklogSeriesIsTheBacklogOnItsDate() throws Exception {
        JsonNode series = JSON.readTree(get("/api/v1/statistics/backlog-series?from=2024-01-01&to=2024-06-30"
                + "&interval=MONTH&groupBy=AGE_AT_EXPLOITATION&windows=30,45", "application/json").body());

        assertThat(series.propertyNames()).containsExactly("points");
        assertThat(series.get("points")).hasSize(6);
        for (JsonNode point : series.get("points").values()) {
            JsonNode backlog = JSON.readTree(get("/api/v1/statistics/backlog?asOf=" + point.get("asOf").asString()
                    + "&groupBy=AGE_AT_EXPLOITATION&windows=30,45", "application/json").body());
            assertThat(point).isEqualTo(backlog);
        }
        assertThat(series.get("points").get(0).get("groups")).isEmpty();
        assertThat(series.get("points").get(2).get("groups").get(0).get("awaitingConclusiveGrounds").asInt()).isEqualTo(2);
    }

    @Test
    void theBacklogSeriesInCsvHasOneRowPerPointAndGroup() throws Exception {
        HttpResponse<String> response = get("/api/v1/statistics/backlog-series?from=2024-02-01&to=2024-04-30"
                + "&interval=QUARTER", "text/csv");

        assertThat(response.body()).startsWith("asOf,suppressed,awaitingReasonableGrounds,awaitingConclusiveGrounds,"
                + "daysWaitingSinceReasonableGrounds.n,");
        assertThat(response.body().split("\r\n")).hasSize(2);
        assertThat(response.body().split("\r\n")[1]).startsWith("2024-03-31,false,0,2,2,");
    }

    @Test
    void badSeriesAndSurvivalParametersAreProblemsNamingTheParameter() throws Exception {
        assertProblem(get("/api/v1/statistics/backlog-series?from=1990-01-01&to=2024-12-31", "application/json"), "from");
        assertProblem(get("/api/v1/statistics/backlog-series?from=2024-02-01&to=2024-01-31", "text/csv"), "to");
        assertProblem(get("/api/v1/statistics/backlog-series?interval=WEEK", "application/json"), "interval");
        assertProblem(get("/api/v1/statistics/backlog-series?windows=45,45", "application/json"), "windows");
        assertProblem(get("/api/v1/statistics/conclusive-grounds-survival?groupBy=DECISION_YEAR", "text/csv"), "groupBy");
        assertProblem(get("/api/v1/statistics/conclusive-grounds-survival?referredFrom=2024-02-01&referredTo=2024-01-31",
                "application/json"), "referredTo");
    }

    private static void assertProblem(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", accept).header("Authorization", TestTokens.bearer(TestTokens.analyst())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
