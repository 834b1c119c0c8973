package org.nrmtracker.command.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.Test;
import org.nrmtracker.command.CommandSideApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import org.nrmtracker.command.Tokens;
import org.nrmtracker.command.WriteApi;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** With NRM_MONGODB_URI set, the command side writes there and starts no embedded server. */
class ConfiguredMongoDbTest {

    @Test
    void aConfiguredUriIsUsedAndNoEmbeddedServerStarts() throws Exception {
        MongoServer external = new MongoServer(new MemoryBackend());
        external.bind("127.0.0.1", 0);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CommandSideApplication.class).run(
                "--server.port=0", "--nrm.mongodb.uri=" + external.getConnectionString(),
                "--nrm.embedded-mongodb.port=0", "--nrm.embedded-mongodb.file=", "--demo");
             MongoClient client = MongoClients.create(external.getConnectionString())) {
            assertThat(app.getBeanNamesForType(MongoServer.class)).isEmpty();

            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            String body = """
                    {"referredOn":"%s","jurisdiction":"SCOTLAND","firstResponder":{"type":"POLICE"},
                     "survivor":{"ageAtExploitation":"CHILD","gender":"FEMALE","nationalities":[]},
                     "exploitation":{"types":["SEXUAL"],"location":"UK","countyLines":false}}
                    """.formatted(LocalDate.now(ZoneId.of("Europe/London")).minusDays(3));
            HttpResponse<String> created = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/referrals"))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + Tokens.issue(port, WriteApi.PROVIDER))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(client.getDatabase("nrm").getCollection("events").countDocuments()).isEqualTo(1);
        } finally {
            external.shutdownNow();
        }
    }
}
