package org.nrmtracker.command.consistency;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nrmtracker.command.CommandSideApplication;
import org.nrmtracker.command.HttpAnswer;
import org.nrmtracker.command.RunningCommandSide;
import org.nrmtracker.command.WriteApi;
import org.nrmtracker.command.WriteApiTest;
import org.nrmtracker.platform.mongo.EmbeddedMongoConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.command.ReferralJson.REFERRED_ON;
import static org.nrmtracker.command.ReferralJson.conclusiveGrounds;
import static org.nrmtracker.command.ReferralJson.reasonableGrounds;
import static org.nrmtracker.command.WriteApi.IDEMPOTENCY_KEY;
import static org.nrmtracker.command.WriteApi.eventsOf;

/**
 * Two command-side instances on one store (docs/consistency.md, "Several command-side instances"): each decides on
 * the events the other recorded, so neither answers a false 409 from what it loaded earlier, and no such 409 is kept
 * under an Idempotency-Key.
 */
@RunningCommandSide
class TwoCommandSidesTest extends WriteApiTest {

    private static final LocalDate RG_DECIDED_ON = REFERRED_ON.plusDays(5);
    private static final LocalDate CG_DECIDED_ON = REFERRED_ON.plusDays(50);

    private static ConfigurableApplicationContext other;

    @Autowired(required = false)
    private EmbeddedMongoConnection embedded;
    @Value("${nrm.mongodb.uri:}")
    private String configuredUri;
    @Value("${nrm.mongodb.database}")
    private String databaseName;
    private WriteApi otherApi;

    @BeforeEach
    void startTheOtherInstance() {
        if (other == null) {
            other = new SpringApplicationBuilder(CommandSideApplication.class).run("--server.port=0", "--demo=true",
                    "--nrm.mongodb.uri=" + (embedded != null ? embedded.uri() : configuredUri),
                    "--nrm.mongodb.database=" + databaseName);
        }
        otherApi = new WriteApi(((WebServerApplicationContext) other).getWebServer().getPort());
    }

    @AfterAll
    static void stopTheOtherInstance() {
        if (other != null) {
            other.close();
            other = null;
        }
    }

    @Test
    void anInstanceDecidesOnWhatTheOtherRecordedSinceItLastLoadedTheReferral() {
        UUID referralId = api.newReferral(); // this instance loads the referral
        record(otherApi, referralId, reasonableGrounds(RG_DECIDED_ON, "POSITIVE").toString(),
                UUID.randomUUID().toString());
        String key = UUID.randomUUID().toString();

        // a conclusive decision needs the positive reasonable-grounds decision the other instance recorded
        HttpAnswer conclusive = record(api, referralId, conclusiveGrounds(CG_DECIDED_ON, "POSITIVE").toString(), key);
        HttpAnswer replayed = record(api, referralId, conclusiveGrounds(CG_DECIDED_ON, "POSITIVE").toString(), key);

        assertThat(conclusive.status()).as(conclusive.body()).isEqualTo(201);
        assertThat(replayed.status()).isEqualTo(201);
        assertThat(streams.lengthOf(referralId)).isEqualTo(3);
    }

    @Test
    void theSameEventFromBothInstancesIsRecordedOnceAndAcknowledgedByTheOther() {
        UUID referralId = api.newReferral();
        String decision = reasonableGrounds(RG_DECIDED_ON, "NEGATIVE").toString();

        HttpAnswer first = record(otherApi, referralId, decision, UUID.randomUUID().toString());
        HttpAnswer second = record(api, referralId, decision, UUID.randomUUID().toString());

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().get("position").asLong()).isEqualTo(first.json().get("position").asLong());
    }

    private static HttpAnswer record(WriteApi api, UUID referralId, String event, String key) {
        return api.post(eventsOf(referralId), event, IDEMPOTENCY_KEY, key);
    }
}
