package org.nrmtracker.query.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;
import org.nrmtracker.platform.openapi.DescribedApplication;
import org.nrmtracker.query.RunningQuerySide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query side's OpenAPI description, read without a token as in local mode: exactly the endpoints the API
 * reference lists for it, with their answers, CSV and NDJSON included, and the token schemes.
 */
@RunningQuerySide
class ApiDescriptionApiTest extends DescribedApplication {

    private static final List<String> STATISTICS = List.of("/api/v1/statistics/referral-cohorts",
            "/api/v1/statistics/decisions", "/api/v1/statistics/backlog");

    @Override
    protected String application() {
        return "query-side";
    }

    @Test
    void statisticsAnswerJsonOrCsvAndTheExportNdjson() {
        assertThat(served.api().getInfo().getTitle()).contains("NRM Tracker").doesNotContain("OpenAPI definition");
        for (String path : STATISTICS) {
            var answer = served.operation("GET", path).getResponses().get("200").getContent();
            assertThat(answer).as(path).containsOnlyKeys("application/json", "text/csv");
            assertThat(answer.get("text/csv").getSchema().getTypes()).as(path).containsExactly("string");
        }
        assertThat(served.operation("GET", "/api/v1/audit/events").getResponses().get("200").getContent())
                .containsOnlyKeys("application/x-ndjson");
    }

    @Test
    void unknownReferralsAndRefusalsAreProblems() {
        Operation timeline = served.operation("GET", "/api/v1/referrals/{referralId}/timeline");
        Operation rebuild = served.operation("POST", "/api/v1/admin/projection-rebuilds");

        assertThat(timeline.getSummary()).isNotBlank();
        assertThat(timeline.getResponses().keySet()).containsExactly("200", "400", "401", "403", "404", "422", "503");
        assertThat(timeline.getResponses().get("404").getContent().get("application/problem+json").getSchema()
                .get$ref()).isEqualTo("#/components/schemas/Problem");
        assertThat(rebuild.getResponses().keySet()).contains("202", "409").doesNotContain("200");
        assertThat(timeline.getResponses().get("503").getDescription()).as("both reasons for a 503")
                .contains("token issuer", "read models are still being built");
        assertThat(served.operation("GET", "/api/v1/audit/events").getResponses().get("503").getDescription())
                .as("audit reads answer from the event store while the read models are built")
                .doesNotContain("read models");
    }

    @Test
    void onlyWhatCountsWorkingDaysCanBeOutsideTheCalendar() {
        for (String path : List.of("/api/v1/referrals", "/api/v1/statistics/referral-cohorts",
                "/api/v1/statistics/backlog", "/api/v1/audit/referrals/{referralId}/timeline")) {
            assertThat(served.operation("GET", path).getResponses()).as(path).containsKey("422");
        }
        for (String path : List.of("/api/v1/statistics/decisions", "/api/v1/audit/referrals/{referralId}/events")) {
            assertThat(served.operation("GET", path).getResponses()).as(path).doesNotContainKey("422");
        }
    }

    /** docs/api.md §1: every read takes minPosition, says NRM-Position and may be a 503 while its data catches up. */
    @Test
    void everyReadDescribesMinPositionAndNrmPosition() {
        for (String read : List.of("GET /api/v1/referrals/{referralId}", "GET /api/v1/referrals/{referralId}/timeline",
                "GET /api/v1/referrals", "GET /api/v1/statistics/backlog", "GET /api/v1/audit/events",
                "POST /api/v1/audit/integrity-checks")) {
            Operation operation = served.operation(read.split(" ")[0], read.split(" ")[1]);
            assertThat(operation.getParameters()).as(read).anySatisfy(parameter ->
                    assertThat(parameter.getName()).isEqualTo("minPosition"));
            assertThat(operation.getResponses().get("200").getHeaders()).as(read).containsKey("NRM-Position");
            assertThat(operation.getResponses().get("503").getDescription()).as(read).contains("minPosition");
        }
        assertThat(served.operation("GET", "/api/v1/admin/projection-rebuilds/{id}").getParameters())
                .noneSatisfy(parameter -> assertThat(parameter.getName()).isEqualTo("minPosition"));
    }

    @Test
    void authorizeGetsATokenFromTheCommandSidesTokenEndpoint() {
        SecurityScheme client = served.api().getComponents().getSecuritySchemes().get("client-credentials");

        assertThat(served.api().getComponents().getSecuritySchemes().get("bearer-token").getScheme())
                .isEqualTo("bearer");
        assertThat(client.getFlows().getClientCredentials().getTokenUrl())
                .matches("http://localhost:\\d+/oauth2/token");
        assertThat(client.getFlows().getClientCredentials().getScopes())
                .containsOnlyKeys("referrals:write", "statistics:read", "audit:read", "admin");
    }
}
