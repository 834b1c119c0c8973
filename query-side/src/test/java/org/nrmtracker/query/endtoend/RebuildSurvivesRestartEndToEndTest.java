package org.nrmtracker.query.endtoend;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A projection rebuild ends by swapping the rebuilt {@code referral_records} in; that swap must be what both
 * applications find after a restart on the same data file. Before, the embedded server kept the swapped-in
 * documents under the old name: the collection read empty after a restart, its tokens said it was current, and the
 * next rebuild found every referral different.
 */
class RebuildSurvivesRestartEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int REFERRALS = 12;

    @TempDir
    Path dir;

    @Test
    void aRebuiltReadModelIsWhatBothApplicationsFindAfterARestart() throws Exception {
        String store = dir.resolve("nrm.mv").toString();
        List<String> ids = new ArrayList<>();
        try (Running system = Running.start(dir, store, 1)) {
            for (int i = 0; i < REFERRALS; i++) {
                ids.add(system.postReferral());
            }
            system.awaitRecords(REFERRALS);
            assertThat(system.rebuild().get("differences").asLong()).isZero();
            assertThat(system.storedRecords()).isEqualTo(REFERRALS);
        }

        try (Running system = Running.start(dir, store, 2)) {
            assertThat(system.storedRecords()).as("referral_records after a restart").isEqualTo(REFERRALS);
            assertThat(system.rebuild().get("differences").asLong()).as("a rebuild after the restart").isZero();
            for (String id : ids) {
                assertThat(system.timelineStatus(id)).isEqualTo(200);
            }
        }
    }

    /** Both applications on one embedded data file: the command side in its own JVM, the query side in this one. */
    private record Running(BothApplications apps) implements AutoCloseable {

        static Running start(Path dir, String store, int run) throws Exception {
            return new Running(BothApplications.start(dir.resolve("command-side-" + run + ".log"), store));
        }

        String postReferral() throws Exception {
            String id = UUID.randomUUID().toString();
            HttpResponse<String> answer = send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + apps.commandSide().httpPort + "/api/v1/referrals"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + apps.commandSide().token("demo-provider"))
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"referralId":"%s","referredOn":"2024-03-01","jurisdiction":"ENGLAND_AND_WALES",
                             "firstResponder":{"type":"NGO"},
                             "survivor":{"ageAtExploitation":"ADULT","gender":"FEMALE","nationalities":["ALB"]},
                             "exploitation":{"types":["LABOUR"],"location":"UK","countyLines":false}}
                            """.formatted(id))));
            assertThat(answer.statusCode()).isEqualTo(201);
            return id;
        }

        /** referral_records as a MongoDB client reads it, not as the application serves it. */
        long storedRecords() {
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + apps.commandSide().mongoPort)) {
                return client.getDatabase("nrm").getCollection("referral_records").countDocuments();
            }
        }

        void awaitRecords(long count) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (storedRecords() < count) {
                assertThat(System.nanoTime()).as("%d records projected within 20 s", count).isLessThan(deadline);
                Thread.sleep(100);
            }
        }

        /** Starts a rebuild and answers its status once it has ended. */
        JsonNode rebuild() throws Exception {
            String admin = apps.commandSide().token("demo-admin");
            HttpResponse<String> started = send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + apps.queryPort() + "/api/v1/admin/projection-rebuilds"))
                    .header("Authorization", "Bearer " + admin).POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(started.statusCode()).isEqualTo(202);
            URI status = URI.create("http://127.0.0.1:" + apps.queryPort()
                    + started.headers().firstValue("Location").orElseThrow());
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (true) {
                JsonNode rebuild = JSON.readTree(send(HttpRequest.newBuilder(status)
                        .header("Authorization", "Bearer " + admin)).body());
                if (!rebuild.get("state").asString().equals("RUNNING")) {
                    assertThat(rebuild.get("state").asString()).isEqualTo("COMPLETED");
                    return rebuild;
                }
                assertThat(System.nanoTime()).as("rebuild ended within 60 s").isLessThan(deadline);
                Thread.sleep(100);
            }
        }

        int timelineStatus(String id) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(
                            "http://127.0.0.1:" + apps.queryPort() + "/api/v1/referrals/" + id + "/timeline"))
                    .header("Authorization", "Bearer " + apps.commandSide().token("demo-analyst"))).statusCode();
        }

        private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        @Override
        public void close() throws Exception {
            apps.close();
        }
    }
}
