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
 * A provider posts a history to the command side over HTTP; an analyst reads it back from the
 * query side over HTTP, both applications running as they would in production.
 * Every request carries a token of the command side's own endpoint (started with {@code --demo}), which the
 * query side trusts through its key set, as in the local run.
 */
class PostThenReadEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final RunningBothApplications APPS = new RunningBothApplications();

    @Test
    void aPostedHistoryIsReadBackAsATimelineWithinTwoSeconds() throws Exception {
        String id = UUID.randomUUID().toString();
        assertThat(post("/api/v1/referrals", """
                {"referralId":"%s","referredOn":"2024-03-01","jurisdiction":"ENGLAND_AND_WALES",
                 "firstResponder":{"type":"POLICE","organisation":"Example Constabulary"},
                 "survivor":{"subjectRef":"case-0042","ageAtExploitation":"ADULT","gender":"FEMALE","nationalities":["ALB"]},
                 "exploitation":{"types":["LABOUR","CRIMINAL"],"location":"UK","countyLines":false}}
                """.formatted(id))).isEqualTo(201);
        assertThat(post("/api/v1/referrals/" + id + "/events",
                "{\"type\":\"REASONABLE_GROUNDS_DECISION\",\"decidedOn\":\"2024-03-06\",\"outcome\":\"POSITIVE\"}"))
                .isEqualTo(201);
        long posted = System.nanoTime();

        JsonNode timeline = awaitTimeline(id, 2);
        long tookMillis = Duration.ofNanos(System.nanoTime() - posted).toMillis();

        assertThat(tookMillis).as("read back within 2 s of posting").isLessThanOrEqualTo(2_000);
        assertThat(timeline.get("status").asString()).isEqualTo("AWAITING_CONCLUSIVE_GROUNDS");
        assertThat(timeline.at("/reasonableGrounds/daysFromReferral").asInt()).isEqualTo(5);
        assertThat(timeline.at("/reasonableGrounds/workingDaysFromReferral").asInt()).isEqualTo(3);
        assertThat(timeline.at("/recoveryPeriod/minimumDays").asInt()).isEqualTo(30);
        assertThat(timeline.at("/recoveryPeriod/endsOn").asString()).isEqualTo("2024-04-05");
        assertThat(timeline.at("/windows/0/endsOn").asString()).isEqualTo("2024-04-20");
        assertThat(timeline.at("/windows/1/endsOn").asString()).isEqualTo("2024-06-04");
        assertThat(timeline.at("/windows/1/state").asString()).isEqualTo("MISSED");
        assertThat(timeline.at("/support/periods/0/implicit").asBoolean()).isTrue();
        assertThat(timeline.has("subjectRef")).as("an analyst never sees subjectRef").isFalse();
    }

    @Test
    void onlyTheOrganisationThatMadeAReferralSeesItWithItsSubjectRef() throws Exception {
        String id = UUID.randomUUID().toString();
        assertThat(post("/api/v1/referrals", """
                {"referralId":"%s","referredOn":"2024-05-01","jurisdiction":"ENGLAND_AND_WALES",
                 "firstResponder":{"type":"NGO"},
                 "survivor":{"subjectRef":"case-0777","ageAtExploitation":"ADULT","gender":"MALE","nationalities":["GBR"]},
                 "exploitation":{"types":["LABOUR"],"location":"UK","countyLines":false}}
                """.formatted(id))).isEqualTo(201);
        awaitTimeline(id, 1);

        HttpResponse<String> own = readTimeline(id, APPS.commandSide().token("demo-provider"));
        HttpResponse<String> other = readTimeline(id, APPS.commandSide().token("demo-provider-2"));

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(own.body()).get("subjectRef").asString()).isEqualTo("case-0777");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).doesNotContain("case-0777");
        assertThat(postAs("demo-provider-2", "/api/v1/referrals/" + id + "/events",
                "{\"type\":\"WITHDRAWN\",\"withdrawnOn\":\"2024-05-02\"}")).isEqualTo(404);
    }

    @Test
    void aDecisionDateCorrectedOnTheCommandSideIsReadCorrectedFromTheQuerySide() throws Exception {
        String id = UUID.randomUUID().toString();
        post("/api/v1/referrals", """
                {"referralId":"%s","referredOn":"2024-03-01","jurisdiction":"ENGLAND_AND_WALES",
                 "firstResponder":{"type":"POLICE"},
                 "survivor":{"ageAtExploitation":"ADULT","gender":"FEMALE","nationalities":["ALB"]},
                 "exploitation":{"types":["LABOUR"],"location":"UK","countyLines":false}}
                """.formatted(id));
        post("/api/v1/referrals/" + id + "/events",
                "{\"type\":\"REASONABLE_GROUNDS_DECISION\",\"decidedOn\":\"2024-03-06\",\"outcome\":\"POSITIVE\"}");
        // the README's example of a correction
        assertThat(post("/api/v1/referrals/" + id + "/events", """
                {"type":"EVENT_CORRECTED","corrects":1,"replacement":{"decidedOn":"2024-03-07","outcome":"POSITIVE"},
                 "reason":"DATA_ENTRY_ERROR"}""")).isEqualTo(201);

        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        JsonNode timeline = awaitTimeline(id, 2);
        while (timeline.at("/events/1/correctedBy").isMissingNode() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            timeline = awaitTimeline(id, 2);
        }

        assertThat(timeline.at("/events/1/correctedBy/sequence").asInt()).isEqualTo(2);
        assertThat(timeline.at("/events/1/date").asString()).isEqualTo("2024-03-07");
        assertThat(timeline.at("/reasonableGrounds/daysFromReferral").asInt()).isEqualTo(6);
    }

    @Test
    void theBacklogAndProcessorLagAreOnThePrometheusEndpoint() throws Exception {
        String id = UUID.randomUUID().toString();
        post("/api/v1/referrals", """
                {"referralId":"%s","referredOn":"2025-01-10","jurisdiction":"SCOTLAND",
                 "firstResponder":{"type":"NGO"},
                 "survivor":{"ageAtExploitation":"CHILD","gender":"MALE","nationalities":["VNM"]},
                 "exploitation":{"types":["CRIMINAL"],"location":"UK","countyLines":true}}
                """.formatted(id));
        awaitTimeline(id, 1);

        String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + APPS.queryPort() + "/actuator/prometheus"))
                        .header("Authorization", "Bearer " + APPS.commandSide().token("demo-admin")).build(),
                HttpResponse.BodyHandlers.ofString()).body();

        assertThat(metrics).containsPattern("nrm_referrals_awaiting\\{[^}]*stage=\"REASONABLE_GROUNDS\"[^}]*} [1-9]");
        assertThat(metrics).contains("nrm_referrals_awaiting_beyond_window{");
        assertThat(metrics).contains("nrm_decision_wait_days{");
        assertThat(metrics).containsPattern("nrm_processor_events_behind\\{[^}]*processor=\"referral-records\"");
        assertThat(metrics).as("Axon's own processor metrics").containsPattern("(?m)^eventProcessor\\w*\\{");
    }

    private JsonNode awaitTimeline(String id, int events) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (true) {
            HttpResponse<String> answer = readTimeline(id, APPS.commandSide().token("demo-analyst"));
            if (answer.statusCode() == 200) {
                JsonNode timeline = JSON.readTree(answer.body());
                if (timeline.get("events").size() == events) {
                    return timeline;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No timeline with " + events + " events within 2 s; last answer "
                        + answer.statusCode());
            }
            Thread.sleep(50);
        }
    }

    private static HttpResponse<String> readTimeline(String id, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + APPS.queryPort() + "/api/v1/referrals/" + id + "/timeline"))
                        .header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int post(String path, String json) throws Exception {
        return postAs("demo-provider", path, json);
    }

    private static int postAs(String client, String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + APPS.commandSide().httpPort + path))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + APPS.commandSide().token(client))
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
