package org.nrmtracker.command.embedded;

import de.bwaldvogel.mongo.MongoServer;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nrmtracker.kernel.embedded.DurableH2Backend;
import org.nrmtracker.kernel.eventstore.StoredEvent;
import org.nrmtracker.kernel.eventstore.StoredEvents;

import java.net.URI;
import org.nrmtracker.command.Tokens;
import org.nrmtracker.command.WriteApi;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promise behind the embedded default: an event the API acknowledged is on disk, even if the
 * process is killed the next instant.
 */
class AcknowledgedWritesSurviveKillTest {

    private static final int WRITERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 300;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedEventIsThereAfterAKillDuringAStreamOfWrites() throws Exception {
        Path dataFile = dir.resolve("nrm.mv");
        Map<String, Long> acknowledged = new ConcurrentHashMap<>(); // referral id -> highest acknowledged sequence
        AtomicInteger acks = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try (ChildApplication app = ChildApplication.start(dataFile, dir.resolve("child.log"))) {
            HttpClient http = HttpClient.newHttpClient();
            String token = Tokens.issue(app.httpPort, WriteApi.PROVIDER);
            for (int w = 0; w < WRITERS; w++) {
                writers.submit(() -> writeUntilKilled(http, app.httpPort, token, acknowledged, acks));
            }
            while (acks.get() < ACKNOWLEDGED_BEFORE_KILL) {
                Thread.sleep(10);
            }
            app.kill(); // while all writers have requests in flight
        } finally {
            writers.shutdownNow();
        }

        MongoServer server = new MongoServer(new DurableH2Backend(dataFile.toString(), false));
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create(server.getConnectionString())) {
            StoredEvents stored = new StoredEvents(client.getDatabase("nrm"));
            assertThat(acknowledged).hasSizeGreaterThan(ACKNOWLEDGED_BEFORE_KILL / 2 - WRITERS);
            acknowledged.forEach((referralId, lastSequence) -> {
                List<StoredEvent> stream = stored.streamOf(referralId);
                assertThat(stream).as("referral %s", referralId).hasSizeGreaterThan(lastSequence.intValue());
                for (int i = 1; i < stream.size(); i++) {
                    assertThat(stream.get(i).previousHash()).isEqualTo(stream.get(i - 1).hash());
                }
            });
        } finally {
            server.shutdownNow();
        }
    }

    private static void writeUntilKilled(HttpClient http, int port, String token, Map<String, Long> acknowledged, AtomicInteger acks) {
        LocalDate referredOn = LocalDate.now(ZoneId.of("Europe/London")).minusDays(30);
        try {
            while (!Thread.currentThread().isInterrupted()) {
                String id = UUID.randomUUID().toString();
                if (post(http, port, token, "/api/v1/referrals", referral(id, referredOn)) != 201) {
                    return;
                }
                acknowledged.put(id, 0L);
                acks.incrementAndGet();
                String decision = "{\"type\":\"REASONABLE_GROUNDS_DECISION\",\"decidedOn\":\"" + referredOn.plusDays(5)
                        + "\",\"outcome\":\"POSITIVE\"}";
                if (post(http, port, token, "/api/v1/referrals/" + id + "/events", decision) != 201) {
                    return;
                }
                acknowledged.put(id, 1L);
                acks.incrementAndGet();
            }
        } catch (Exception killed) {
            // the connection dies with the application: what was acknowledged before is what counts
        }
    }

    private static int post(HttpClient http, int port, String token, String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String referral(String id, LocalDate referredOn) {
        return """
                {"referralId":"%s","referredOn":"%s","jurisdiction":"ENGLAND_AND_WALES",
                 "firstResponder":{"type":"NGO"},
                 "survivor":{"ageAtExploitation":"ADULT","gender":"MALE","nationalities":["GBR"]},
                 "exploitation":{"types":["LABOUR"],"location":"UK","countyLines":false}}
                """.formatted(id, referredOn);
    }
}
