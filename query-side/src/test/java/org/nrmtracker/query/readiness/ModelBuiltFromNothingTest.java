package org.nrmtracker.query.readiness;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.nrmtracker.query.Eventually;
import org.nrmtracker.query.RunningQuerySide;
import org.nrmtracker.query.admin.EventStoreWriter;
import org.nrmtracker.query.referral.ReferralReadModels;
import org.nrmtracker.query.security.TestTokens;
import org.nrmtracker.query.security.TrustTestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A read model built from nothing while the instance runs (here {@code referral_records}, wiped with its tokens, as
 * an operator starting it afresh would) makes the instance unready, and its data endpoints 503, until the model
 * holds what the store held when it started again.
 */
@RunningQuerySide(storeHolds = ModelBuiltFromNothingTest.Referrals.class)
@Import(TrustTestTokens.class)
class ModelBuiltFromNothingTest {

    private static final int REFERRALS = 3_000;
    private static final String DURABLE = ReferralReadModels.DURABLE_GROUP;

    static final class Referrals implements RunningQuerySide.StoreBeforeStart {
        @Override
        public void write(MongoDatabase database) {
            EventStoreWriter writer = new EventStoreWriter(database);
            for (int n = 0; n < REFERRALS; n++) {
                writer.referralWithDecision(n);
            }
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    MongoDatabase database;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aModelStartedFromNothingAgainMakesTheInstanceUnreadyUntilItHoldsTheStore() throws Exception {
        assertThat(Eventually.holds(() -> status("/actuator/health/readiness") == 200)).as("ready after start")
                .isTrue();

        StreamingEventProcessor durable = processing.eventProcessor(DURABLE, StreamingEventProcessor.class)
                .orElseThrow();
        durable.shutDown();
        database.getCollection("trackingtokens").deleteMany(Filters.eq("processorName", DURABLE));
        database.getCollection("referral_records").deleteMany(new Document());
        durable.start();

        assertThat(Eventually.holds(() -> status("/actuator/health/readiness") == 503)).as("unready").isTrue();
        assertThat(status("/api/v1/referrals")).isEqualTo(503);
        assertThat(status("/actuator/health/liveness")).isEqualTo(200);
        assertThat(Eventually.holds(() -> status("/actuator/health/readiness") == 200)).as("ready again").isTrue();
        assertThat(database.getCollection("referral_records").countDocuments()).isEqualTo(REFERRALS);
        assertThat(status("/api/v1/referrals")).isEqualTo(200);
    }

    private int status(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", TestTokens.bearer(TestTokens.analyst())).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
