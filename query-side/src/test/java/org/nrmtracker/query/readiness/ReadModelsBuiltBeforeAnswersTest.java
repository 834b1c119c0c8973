package org.nrmtracker.query.readiness;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;
import org.nrmtracker.query.Eventually;
import org.nrmtracker.query.RunningQuerySide;
import org.nrmtracker.query.admin.EventStoreWriter;
import org.nrmtracker.query.security.TrustTestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query side started on a store that already holds {@value #REFERRALS} referrals (two events each), read from the
 * moment its web server listens ({@link LiveReader}): while its read models are being built (here both, in one pass,
 * as on a new deployment with a large store) it answers no list or statistic from part of the referrals. Each data
 * answer is either complete (every referral counted) or a 503 saying how far the build has come; readiness is DOWN,
 * then UP for good; liveness is UP throughout; a request without a token is a 401 all along.
 */
@RunningQuerySide(storeHolds = ReadModelsBuiltBeforeAnswersTest.ManyReferrals.class)
@Import({TrustTestTokens.class, LiveReader.class})
class ReadModelsBuiltBeforeAnswersTest {

    private static final int REFERRALS = 6_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final class ManyReferrals implements RunningQuerySide.StoreBeforeStart {
        @Override
        public void write(MongoDatabase database) {
            EventStoreWriter writer = new EventStoreWriter(database);
            for (int n = 0; n < REFERRALS; n++) {
                writer.referralWithDecision(n);
            }
        }
    }

    @Autowired
    LiveReader reader;

    @Test
    void noAnswerCountsPartOfTheReferralsWhileTheReadModelsAreBuilt() throws Exception {
        assertThat(Eventually.holds(() -> seenReady() >= 0 && reader.seen.size() > seenReady() + 14))
                .as("readiness UP, then two more rounds").isTrue();
        reader.stop();
        List<LiveReader.Seen> seen = List.copyOf(reader.seen);

        List<LiveReader.Seen> data = only(seen, s -> s.what().startsWith("/api/v1/") && !s.what().endsWith("token"));
        assertThat(data).as("every data answer is complete or a 503")
                .allSatisfy(s -> assertThat(s.status()).isIn(200, 503));
        assertThat(only(data, s -> s.what().equals(LiveReader.LIST) && s.status() == 200))
                .as("every list answered counts every referral").isNotEmpty()
                .allSatisfy(s -> assertThat(JSON.readTree(s.body()).get("totalElements").asLong())
                        .isEqualTo(REFERRALS));
        assertThat(only(data, s -> s.what().equals(LiveReader.COHORTS) && s.status() == 200))
                .as("every cohort statistic answered counts every referral").isNotEmpty()
                .allSatisfy(s -> assertThat(JSON.readTree(s.body()).get("groups").get(0).get("referrals").asLong())
                        .isEqualTo(REFERRALS));
        assertThat(only(data, s -> s.status() == 503)).as("the build was seen, on the list, JSON and CSV statistics")
                .extracting(LiveReader.Seen::what).contains(LiveReader.LIST, LiveReader.COHORTS,
                        LiveReader.COHORTS + " as CSV");
        assertThat(only(data, s -> s.status() == 503)).allSatisfy(s -> {
            assertThat(s.retryAfter()).isEqualTo("5");
            assertThat(s.contentType()).startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(s.body());
            assertThat(problem.get("type").asString()).isEqualTo("urn:nrm-tracker:problem:read-models-building");
            assertThat(problem.get("detail").asString()).contains("position");
            assertThat(problem.get("progress").findValuesAsString("model"))
                    .containsExactly("referral-records", "referral-records-memory");
            assertThat(problem.get("progress")).anySatisfy(model -> {
                assertThat(model.get("complete").asBoolean()).isFalse();
                assertThat(model.get("target").asLong()).isEqualTo(2L * REFERRALS);
                assertThat(model.get("position").asLong()).isBetween(0L, 2L * REFERRALS);
            });
        });
        assertThat(only(seen, s -> s.what().endsWith("without a token")))
                .as("a request without a token is refused before anything else").isNotEmpty()
                .allSatisfy(s -> assertThat(s.status()).isEqualTo(401));

        List<Integer> readiness = statuses(seen, LiveReader.READINESS);
        assertThat(readiness.get(0)).as("not ready at first").isEqualTo(503);
        assertThat(readiness.subList(readiness.indexOf(200), readiness.size())).as("then ready for good")
                .containsOnly(200);
        assertThat(statuses(seen, LiveReader.HEALTH)).as("the overall health follows").startsWith(503).endsWith(200);
        assertThat(statuses(seen, LiveReader.LIVENESS)).as("alive throughout").containsOnly(200);
    }

    private int seenReady() {
        List<LiveReader.Seen> seen = List.copyOf(reader.seen);
        for (int i = 0; i < seen.size(); i++) {
            if (seen.get(i).what().equals(LiveReader.READINESS) && seen.get(i).status() == 200) {
                return i;
            }
        }
        return -1;
    }

    private static List<LiveReader.Seen> only(List<LiveReader.Seen> seen, Predicate<LiveReader.Seen> which) {
        return seen.stream().filter(which).toList();
    }

    private static List<Integer> statuses(List<LiveReader.Seen> seen, String what) {
        return seen.stream().filter(s -> s.what().equals(what)).map(LiveReader.Seen::status).toList();
    }
}
