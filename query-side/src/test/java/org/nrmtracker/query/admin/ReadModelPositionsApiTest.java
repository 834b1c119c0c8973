package org.nrmtracker.query.admin;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.Test;
import org.nrmtracker.query.Eventually;
import org.nrmtracker.query.RunningQuerySide;
import org.nrmtracker.query.security.TestTokens;
import org.nrmtracker.query.security.TrustTestTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The read models' positions and lag (docs/api.md §7), over real HTTP. */
@RunningQuerySide
@Import(TrustTestTokens.class)
class ReadModelPositionsApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Value("${nrm.mongodb.uri}")
    String mongoUri;

    @Test
    void eachReadModelCatchesUpWithTheNewestStoredEvent() throws Exception {
        long before = answer(TestTokens.admin()).get("head").asLong();
        try (MongoClient client = MongoClients.create(mongoUri)) {
            EventStoreWriter writer = new EventStoreWriter(client.getDatabase("nrm"));
            for (int i = 0; i < 5; i++) {
                writer.referralWithDecision(i);
            }
        }

        assertThat(Eventually.holds(() -> caughtUp(before + 10))).as("every processor at the head, none behind").isTrue();
        JsonNode answer = answer(TestTokens.admin());
        assertThat(answer.get("processors").valueStream().map(p -> p.get("processor").asString()))
                .contains("referral-records");
    }

    @Test
    void onlyAdministratorsMayAsk() throws Exception {
        for (String token : new String[] {TestTokens.auditor(), TestTokens.analyst()}) {
            assertThat(get(token).statusCode()).isEqualTo(403);
        }
    }

    private boolean caughtUp(long head) {
        try {
            JsonNode answer = answer(TestTokens.admin());
            return answer.get("head").asLong() >= head && !answer.get("processors").isEmpty()
                    && answer.get("processors").valueStream().allMatch(p -> p.get("eventsBehind").asLong() == 0
                    && p.get("position").asLong() == answer.get("head").asLong());
        } catch (Exception e) {
            return false;
        }
    }

    private JsonNode answer(String token) throws Exception {
        HttpResponse<String> answer = get(token);
        assertThat(answer.statusCode()).isEqualTo(200);
        return JsonMapper.shared().readTree(answer.body());
    }

    private HttpResponse<String> get(String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/admin/read-models"))
                .header("Authorization", TestTokens.bearer(token)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
