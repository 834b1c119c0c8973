package org.nrmtracker.command.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;
import org.nrmtracker.command.HttpAnswer;
import org.nrmtracker.command.RunningCommandSide;
import org.nrmtracker.command.WriteApi;
import org.nrmtracker.platform.openapi.DescribedApplication;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command side's OpenAPI description, read without a token as in local mode: exactly the endpoints the API
 * reference lists for it, with what a provider's developer integrates from. Swagger UI comes with the app.
 */
@RunningCommandSide
class ApiDescriptionApiTest extends DescribedApplication {

    private static final String PROBLEM = "#/components/schemas/Problem";

    @Override
    protected String application() {
        return "command-side";
    }

    @Test
    void saysWhatItIsAndHowARecordedReferralIsAnswered() {
        Operation refer = served.operation("POST", "/api/v1/referrals");

        assertThat(served.api().getInfo().getTitle()).contains("NRM Tracker").doesNotContain("OpenAPI definition");
        assertThat(served.api().getInfo().getDescription()).isNotBlank();
        assertThat(refer.getSummary()).isNotBlank();
        assertThat(refer.getResponses().get("201").getContent().get("application/json").getSchema().get$ref())
                .endsWith("/RecordedResponse");
        assertThat(refer.getResponses().get("201").getHeaders()).containsKey("Location");
        assertThat(refer.getResponses().get("200").getDescription()).contains("already recorded");
    }

    @Test
    void everyRefusalIsAProblemWithItsFieldErrors() {
        Operation record = served.operation("POST", "/api/v1/referrals/{referralId}/events");

        assertThat(record.getResponses().keySet())
                .contains("400", "401", "403", "404", "409", "413", "415", "422", "503");
        record.getResponses().forEach((status, response) -> {
            if (status.compareTo("400") >= 0) {
                assertThat(response.getContent().keySet()).as(status).containsExactly("application/problem+json");
                assertThat(response.getContent().get("application/problem+json").getSchema().get$ref())
                        .as(status).isEqualTo(PROBLEM);
            }
        });
        Schema<?> problem = served.api().getComponents().getSchemas().get("Problem");
        assertThat(problem.getProperties()).containsKeys("type", "title", "status", "detail", "errors");
        assertThat(served.api().getComponents().getSchemas().get("FieldProblem").getProperties())
                .containsOnlyKeys("field", "message");
    }

    @Test
    void everyPostTakesAnIdempotencyKeyAndTheImportTakesNdjson() {
        for (String path : served.api().getPaths().keySet()) {
            Operation post = served.operation("POST", path);
            assertThat(post.getParameters()).as(path)
                    .anySatisfy(parameter -> {
                        assertThat(parameter.getName()).isEqualTo("Idempotency-Key");
                        assertThat(parameter.getIn()).isEqualTo("header");
                    });
        }
        assertThat(served.operation("POST", "/api/v1/referral-events:import").getRequestBody().getContent())
                .containsOnlyKeys("application/x-ndjson");
    }

    @Test
    void theExamplesSwaggerUiSendsAreRecordedInTheOrderGiven() {
        WriteApi api = WriteApi.as(port, WriteApi.PROVIDER);
        HttpAnswer referral = api.post("/api/v1/referrals", exampleOf("POST", "/api/v1/referrals").get(0));
        assertThat(referral.status()).as(referral.toString()).isEqualTo(201);

        String events = WriteApi.eventsOf(referral.json().get("referralId").asString());
        for (String event : exampleOf("POST", "/api/v1/referrals/{referralId}/events")) {
            HttpAnswer answer = api.post(events, event);
            assertThat(answer.status()).as(event + " -> " + answer).isEqualTo(201);
        }
        assertThat(served.operation("POST", "/api/v1/referrals").getParameters())
                .filteredOn(parameter -> parameter.getName().equals("Idempotency-Key"))
                .allSatisfy(key -> assertThat(key.getExample()).as("no key shared by every user").isNull());
    }

    private List<String> exampleOf(String method, String path) {
        return served.operation(method, path).getRequestBody().getContent().get("application/json").getExamples()
                .values().stream().map(example -> asJson(example.getValue())).toList();
    }

    /** An example as the description holds it (parsed from its JSON), as Swagger UI sends it. */
    private static String asJson(Object example) {
        try {
            return example instanceof String text ? text : Json.mapper().writeValueAsString(example);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void tokensComeAsBearerJwtsOrFromTheLocalTokenEndpointWithAClientsIdAndSecret() {
        SecurityScheme bearer = served.api().getComponents().getSecuritySchemes().get("bearer-token");
        SecurityScheme client = served.api().getComponents().getSecuritySchemes().get("client-credentials");

        assertThat(bearer.getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(bearer.getScheme()).isEqualTo("bearer");
        assertThat(bearer.getBearerFormat()).isEqualTo("JWT");
        assertThat(client.getType()).isEqualTo(SecurityScheme.Type.OAUTH2);
        assertThat(client.getFlows().getClientCredentials().getTokenUrl()).endsWith("/oauth2/token");
        assertThat(client.getFlows().getClientCredentials().getScopes()).containsKey("referrals:write");
        assertThat(served.api().getSecurity()).extracting(requirement -> requirement.keySet().iterator().next())
                .containsExactly("bearer-token", "client-credentials");
    }

    @Test
    void swaggerUiIsServedFromTheApplicationWithoutAToken() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/swagger-ui.html")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> script = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/swagger-ui/swagger-ui-bundle.js")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(script.statusCode()).isEqualTo(200);
    }
}
