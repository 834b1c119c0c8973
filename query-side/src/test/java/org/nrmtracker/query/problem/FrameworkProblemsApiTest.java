package org.nrmtracker.query.problem;

import org.junit.jupiter.api.Test;
import org.nrmtracker.query.RunningQuerySide;
import org.nrmtracker.query.security.TestTokens;
import org.nrmtracker.query.security.TrustTestTokens;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The framework's own refusals on the query side are problems like every other (docs/api.md §1): a type
 * ({@code about:blank}), a title and the status, as the command side answers them.
 */
@RunningQuerySide
@Import(TrustTestTokens.class)
class FrameworkProblemsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void aWrongMethodIsAProblemOfTypeAboutBlank() throws Exception {
        HttpResponse<String> answer = send(request("/api/v1/statistics/backlog").DELETE());

        assertThat(answer.statusCode()).isEqualTo(405);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("type").asString()).isEqualTo("about:blank");
        assertThat(problem.get("status").asInt()).isEqualTo(405);
        assertThat(problem.get("title").asString()).isNotBlank();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", TestTokens.bearer(TestTokens.analyst()));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
