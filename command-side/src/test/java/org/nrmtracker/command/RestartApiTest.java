package org.nrmtracker.command;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.command.ReferralJson.REFERRED_ON;
import static org.nrmtracker.command.ReferralJson.reasonableGrounds;
import static org.nrmtracker.command.ReferralJson.referral;
import static org.nrmtracker.command.ReferralJson.referralWithoutId;
import static org.nrmtracker.command.WriteApi.IDEMPOTENCY_KEY;
import static org.nrmtracker.command.WriteApi.REFERRALS;
import static org.nrmtracker.command.WriteApi.eventsOf;

/**
 * What a client relies on across a restart of the command side (docs/api.md §1): keys and recorded events
 * live in the event store's database, here the embedded server's H2 file.
 */
class RestartApiTest {

    private static final String KEY = "restart-key-0001";

    @TempDir
    private Path dataDirectory;

    @Test
    void aKeyUsedBeforeARestartGetsTheSameAnswerAfterIt() {
        String referral = referralWithoutId().toString();
        HttpAnswer first;
        try (ConfigurableApplicationContext app = start()) {
            first = api(app).post(REFERRALS, referral, IDEMPOTENCY_KEY, KEY);
        }
        String referralId = first.json().get("referralId").asString();
        assertThat(dataDirectory.resolve("nrm.mv")).exists();

        try (ConfigurableApplicationContext app = start()) {
            RecordedStreams streams = new RecordedStreams(app.getBean(MongoDatabase.class));
            HttpAnswer again = streams.recordNothing(referralId,
                    () -> api(app).post(REFERRALS, referral, IDEMPOTENCY_KEY, KEY));

            assertThat(first.status()).isEqualTo(201);
            assertThat(again.status()).isEqualTo(first.status());
            assertThat(again.body()).isEqualTo(first.body());
            assertThat(again.header("Location")).isEqualTo(first.header("Location"));
            assertThat(streams.lengthOf(referralId)).isEqualTo(1);
        }
    }

    @Test
    void anEventSentAgainAfterARestartIsAcknowledgedWithItsOriginalRecording() {
        // without a key: the referral, sourced again from the store, recognises its own event (docs/api.md §1)
        UUID referralId = UUID.randomUUID();
        String decision = reasonableGrounds(REFERRED_ON.plusDays(5), "POSITIVE").toString();
        HttpAnswer first;
        try (ConfigurableApplicationContext app = start()) {
            api(app).post(REFERRALS, referral(referralId).toString());
            first = api(app).post(eventsOf(referralId), decision);
        }

        try (ConfigurableApplicationContext app = start()) {
            RecordedStreams streams = new RecordedStreams(app.getBean(MongoDatabase.class));
            HttpAnswer again = streams.recordNothing(referralId, () -> api(app).post(eventsOf(referralId), decision));

            assertThat(first.status()).isEqualTo(201);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.json()).isEqualTo(first.json());
        }
    }

    /**
     * The real application, as {@code java -jar} starts it, on free ports and this test's data file. Given as
     * command-line arguments: {@code properties(...)} would only be defaults, below application.yml.
     */
    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CommandSideApplication.class)
                .run("--demo", "--server.port=0", "--nrm.embedded-mongodb.port=0",
                        "--nrm.embedded-mongodb.file=" + dataDirectory.resolve("nrm.mv"));
    }

    private static WriteApi api(ConfigurableApplicationContext app) {
        // a restarted app signs with a new key, so each start needs its own token
        return WriteApi.as(app.getEnvironment().getRequiredProperty("local.server.port", Integer.class),
                WriteApi.PROVIDER);
    }
}
