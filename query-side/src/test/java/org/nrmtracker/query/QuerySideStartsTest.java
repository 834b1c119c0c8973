package org.nrmtracker.query;

import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.junit.jupiter.api.Test;
import org.nrmtracker.query.security.TestTokens;
import org.nrmtracker.query.security.TrustTestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query side starts against the event store's MongoDB and reports itself healthy over HTTP to anyone; its
 * OpenAPI description names the bearer token scheme; Axon's timeouts are off (docs/decisions.md).
 */
@RunningQuerySide
@Import(TrustTestTokens.class)
class QuerySideStartsTest {


    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void answersHealthAndItsOpenApiDescription() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> health = http.send(get("/actuator/health").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> apiDocs = http.send(get("/v3/api-docs")
                .header("Authorization", TestTokens.bearer(TestTokens.analyst())).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(apiDocs.statusCode()).isEqualTo(200);
        assertThat(apiDocs.body()).contains("\"openapi\"");
        assertThat(apiDocs.body()).as("the bearer token scheme is described")
                .contains("\"bearer-token\"", "\"scheme\":\"bearer\"", "\"bearerFormat\":\"JWT\"");
    }

    @Test
    void eventHandlersAreNotWrappedInAxonsTimeoutsSinceTheMongoDbClientBoundsEveryOperation() {
        assertThat(context.getBeansOfType(HandlerTimeoutHandlerEnhancerDefinition.class)).isEmpty();
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }
}
