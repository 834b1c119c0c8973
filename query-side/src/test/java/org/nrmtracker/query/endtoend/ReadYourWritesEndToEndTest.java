package org.nrmtracker.query.endtoend;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider writes to the command side and reads its own write at once from the query side, both running as in
 * production (docs/api.md §1): with the {@code position} of the write answer as {@code minPosition}, the first
 * read already sees the write, never a stale or missing referral; the {@code Location} a create returns answers
 * the referral on the query side; the position is the one the global stream export gives the event.
 */
class ReadYourWritesEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration WAIT = Duration.ofSeconds(2);

    @RegisterExtension
    static final RunningBothApplications APPS = new RunningBothApplications("--nrm.reads.min-position-wait=" + WAIT);

    @Test
    void everyReadWithTheWritesPositionAsMinPositionSeesTheWrite() throws Exception {
        for (int round = 0; round < 10; round++) {
            String id = UUID.randomUUID().toString();
            HttpResponse<String> made = post("/api/v1/referrals", referral(id));
            long referred = JSON.readTree(made.body()).get("position").asLong();

            HttpResponse<String> first = read("/api/v1/referrals/" + id + "/timeline?minPosition=" + referred,
                    "demo-provider");

            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
            assertThat(JSON.readTree(first.body()).get("events").size()).isEqualTo(1);
            assertThat(position(first)).isGreaterThanOrEqualTo(referred);

            HttpResponse<String> decided = post("/api/v1/referrals/" + id + "/events", DECISION);
            long decidedAt = JSON.readTree(decided.body()).get("position").asLong();
            JsonNode list = JSON.readTree(read("/api/v1/referrals?size=500&minPosition=" + decidedAt,
                    "demo-provider").body());
            HttpResponse<String> timeline = read("/api/v1/referrals/" + id + "/timeline?minPosition=" + decidedAt,
                    "demo-analyst");

            assertThat(list.findValuesAsString("referralId")).contains(id);
            assertThat(JSON.readTree(timeline.body()).get("status").asString())
                    .isEqualTo("AWAITING_CONCLUSIVE_GROUNDS");
        }
    }

    @Test
    void theLocationOfACreateAnswersTheReferralOnTheQuerySideToItsOwnOrganisationOnly() throws Exception {
        String id = UUID.randomUUID().toString();
        HttpResponse<String> made = post("/api/v1/referrals", referral(id));
        String location = made.headers().firstValue("Location").orElseThrow();
        long position = JSON.readTree(made.body()).get("position").asLong();

        HttpResponse<String> own = read(location + "?minPosition=" + position, "demo-provider");
        HttpResponse<String> timeline = read(location + "/timeline?minPosition=" + position, "demo-provider");
        HttpResponse<String> other = read(location + "?minPosition=" + position, "demo-provider-2");

        assertThat(location).isEqualTo("/api/v1/referrals/" + id);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(own.body())).isEqualTo(JSON.readTree(timeline.body()));
        assertThat(JSON.readTree(own.body()).get("subjectRef").asString()).isEqualTo("case-0042");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).doesNotContain("case-0042");
    }

    @Test
    void theWritesPositionIsTheOneTheGlobalStreamExportGivesItsEventAndAReplayRepeatsIt() throws Exception {
        String id = UUID.randomUUID().toString();
        post("/api/v1/referrals", referral(id));
        String key = "key-" + UUID.randomUUID();
        HttpResponse<String> decided = post("/api/v1/referrals/" + id + "/events", DECISION, "Idempotency-Key", key);
        HttpResponse<String> replayed = post("/api/v1/referrals/" + id + "/events", DECISION, "Idempotency-Key", key);
        HttpResponse<String> resent = post("/api/v1/referrals/" + id + "/events", DECISION);
        long position = JSON.readTree(decided.body()).get("position").asLong();

        HttpResponse<String> export = read("/api/v1/audit/events?after=" + (position - 1) + "&limit=1&minPosition="
                + position, "demo-auditor");
        JsonNode line = JSON.readTree(export.body().lines().findFirst().orElseThrow());

        assertThat(line.get("position").asLong()).isEqualTo(position);
        assertThat(line.get("referralId").asString()).isEqualTo(id);
        assertThat(line.get("sequence").asLong()).isEqualTo(1);
        assertThat(position(export)).isGreaterThanOrEqualTo(position);
        assertThat(replayed.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(JSON.readTree(replayed.body()).get("position").asLong()).isEqualTo(position);
        assertThat(resent.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(resent.body()).get("position").asLong()).isEqualTo(position);
    }

    @Test
    void aPositionNoModelReachesIsA503WithRetryAfterOnceTheWaitIsOver() throws Exception {
        String id = UUID.randomUUID().toString();
        long position = JSON.readTree(post("/api/v1/referrals", referral(id)).body()).get("position").asLong();
        long asked = System.nanoTime();

        HttpResponse<String> answer = read("/api/v1/statistics/backlog?minPosition=" + (position + 1_000_000),
                "demo-analyst");

        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isGreaterThanOrEqualTo(WAIT);
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:nrm-tracker:problem:position-not-reached");
        assertThat(problem.get("minPosition").asLong()).isEqualTo(position + 1_000_000);
        assertThat(problem.get("position").asLong()).isGreaterThanOrEqualTo(position);
    }

    private static final String DECISION =
            "{\"type\":\"REASONABLE_GROUNDS_DECISION\",\"decidedOn\":\"2024-03-06\",\"outcome\":\"POSITIVE\"}";

    private static String referral(String id) {
        return """
                {"referralId":"%s","referredOn":"2024-03-01","jurisdiction":"ENGLAND_AND_WALES",
                 "firstResponder":{"type":"POLICE","organisation":"Example Constabulary"},
                 "survivor":{"subjectRef":"case-0042","ageAtExploitation":"ADULT","gender":"FEMALE","nationalities":["ALB"]},
                 "exploitation":{"types":["LABOUR"],"location":"UK","countyLines":false}}
                """.formatted(id);
    }

    private static long position(HttpResponse<String> answer) {
        return Long.parseLong(answer.headers().firstValue("NRM-Position").orElseThrow());
    }

    private static HttpResponse<String> read(String pathAndQuery, String client) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + APPS.queryPort() + pathAndQuery))
                        .header("Authorization", "Bearer " + APPS.commandSide().token(client)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String json, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + APPS.commandSide().httpPort + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + APPS.commandSide().token("demo-provider"))
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isIn(200, 201);
        return answer;
    }
}
