package org.nrmtracker.command.openapi;

import org.junit.jupiter.api.Test;
import org.nrmtracker.command.RunningCommandSide;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query side's Swagger UI, on another origin, may ask the local token endpoint for a token (CORS); other
 * origins may not, and the token request still needs the client's secret.
 */
@RunningCommandSide
class TokenEndpointCorsApiTest {

    private static final String QUERY_SIDE = "http://localhost:8081";
    private static final String STRANGER = "http://evil.example";

    @LocalServerPort
    private int port;

    @Test
    void theQuerySidesOriginMayAskForATokenFromABrowser() throws Exception {
        HttpResponse<String> preflight = send(preflight(QUERY_SIDE));
        HttpResponse<String> token = send(tokenRequest(QUERY_SIDE, "demo-analyst-secret"));

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(QUERY_SIDE);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase())
                .contains("authorization");
        assertThat(token.statusCode()).isEqualTo(200);
        assertThat(token.headers().firstValue("Access-Control-Allow-Origin")).hasValue(QUERY_SIDE);
        assertThat(token.body()).contains("\"access_token\"");
    }

    @Test
    void anotherOriginMayNotAndAWrongSecretGetsNoToken() throws Exception {
        HttpResponse<String> preflight = send(preflight(STRANGER));
        HttpResponse<String> token = send(tokenRequest(STRANGER, "demo-analyst-secret"));
        HttpResponse<String> wrongSecret = send(tokenRequest(QUERY_SIDE, "guessed"));

        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(token.statusCode()).isEqualTo(403);
        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(wrongSecret.body()).doesNotContain("access_token");
    }

    private HttpRequest preflight(String origin) {
        return HttpRequest.newBuilder(tokenEndpoint()).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type").build();
    }

    private HttpRequest tokenRequest(String origin, String secret) {
        String basic = Base64.getEncoder().encodeToString(("demo-analyst:" + secret).getBytes());
        return HttpRequest.newBuilder(tokenEndpoint()).header("Origin", origin)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
    }

    private URI tokenEndpoint() {
        return URI.create("http://127.0.0.1:" + port + "/oauth2/token");
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
