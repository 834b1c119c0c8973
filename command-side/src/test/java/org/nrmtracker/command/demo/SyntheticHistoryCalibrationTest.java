package org.nrmtracker.command.demo;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;
import org.nrmtracker.command.RunningCommandSide;
import org.nrmtracker.kernel.eventstore.StoredEvent;
import org.nrmtracker.kernel.eventstore.StoredEvents;
import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.ConclusiveGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import org.nrmtracker.command.Tokens;
import org.nrmtracker.command.WriteApi;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The synthetic history against the published Home Office tables, counted the way contract §5.2 counts: every
 * recorded RG or CG decision dated in a quarter counts once in that quarter, superseded ones included.
 * <p>
 * <b>Tolerance.</b> The generator draws each quarter's decisions by age as Poisson(published count × scale), so
 * a count's standard deviation is √expected: a count passes within 4√expected. A different seed would fail
 * that with probability about 6·10⁻⁵ per comparison (normal approximation), and the seed is fixed, so the test
 * never flakes; what it catches is a model that cannot make the published decisions (no case ready, for a
 * systematic shortfall of more than 4σ: 7% of a quarter at full scale, about 20-25% at the imported 10%). Positive
 * rates pass within 4 binomial standard errors √(p(1−p)/n) plus one percentage point: reconsidered decisions are
 * positive 70% of the time, whatever the quarter's published rate, and shift a year's rate by up to ~0.5 point.
 * <p>
 * Decisions made in 2023 come from referrals back to 2016 and before (CG waits of years): referrals are
 * generated from 2016 (0.2% of the year's CG decisions come from earlier ones, well inside the tolerance), with
 * nothing dated after 2023, and the histories of those with a decision in 2023 are imported whole (the others
 * cannot change the year's counts; leaving them out keeps the import near 7,600 lines: 20-50 s on the in-memory
 * server, as busy as the machine is).
 */
@RunningCommandSide
class SyntheticHistoryCalibrationTest {

    private static final int YEAR = 2023;
    private static final long SEED = 2023;
    private static final double SCALE = 0.1;
    private static final LocalDate END_OF_YEAR = LocalDate.of(YEAR, 12, 31);
    private static final Quarter FIRST_REFERRALS = new Quarter(2016, 1);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RG = ReasonableGroundsDecisionRecorded.class.getName();
    private static final String CG = ConclusiveGroundsDecisionRecorded.class.getName();

    @LocalServerPort
    private int port;
    @Autowired
    private MongoDatabase database;

    @Test
    void theImportedYearMakesThePublishedDecisionsPerQuarter() throws Exception {
        SyntheticHistory generator = new SyntheticHistory(SEED, SCALE, END_OF_YEAR);
        StringBuilder ndjson = new StringBuilder();
        List<String> referralIds = new ArrayList<>();
        long lines = 0;
        for (List<ReferralEvent> history : generator.histories(FIRST_REFERRALS, new Quarter(YEAR, 4))) {
            if (history.stream().anyMatch(SyntheticHistoryCalibrationTest::isDecisionOfTheYear)) {
                referralIds.add(history.get(0).referralId().toString());
                for (ReferralEvent event : history) {
                    ndjson.append(NdjsonLines.line(event)).append('\n');
                    lines++;
                }
            }
        }

        long started = System.nanoTime();
        JsonNode answer = importHistory(ndjson.toString());
        System.out.printf("Imported %,d synthetic lines in %.1f s%n", lines, (System.nanoTime() - started) / 1e9);

        assertThat(answer.get("rejected").asLong()).as("%s", answer).isZero();
        assertThat(answer.get("duplicates").asLong()).as("%s", answer).isZero();
        assertThat(answer.get("accepted").asLong()).isEqualTo(lines);

        Decisions recorded = new Decisions();
        StoredEvents stored = new StoredEvents(database);
        for (String referralId : referralIds) {
            for (StoredEvent event : stored.streamOf(referralId)) {
                if (event.payloadType().equals(RG) || event.payloadType().equals(CG)) {
                    JsonNode payload = JSON.readTree(event.payload());
                    recorded.count(event.payloadType().equals(RG) ? DecisionStage.REASONABLE_GROUNDS
                                    : DecisionStage.CONCLUSIVE_GROUNDS, LocalDate.parse(payload.get("decidedOn").asString()),
                            DecisionOutcome.valueOf(payload.get("outcome").asString()), null);
                }
            }
        }
        recorded.assertFollowsThePublishedTables(generator, YEAR, false);
    }

    @Test
    void atFullScaleEveryQuarterOfTheTablesIsMatched() {
        // the model alone, at the published volumes, over every quarter with published decisions
        SyntheticHistory generator = new SyntheticHistory(SEED, 1.0, END_OF_YEAR);
        Decisions generated = new Decisions();
        for (List<ReferralEvent> history : generator.histories(new Quarter(2009, 2), new Quarter(YEAR, 4))) {
            AgeAtExploitation age = ((ReferralMade) history.get(0)).survivor().ageAtExploitation();
            for (ReferralEvent event : history) {
                if (event instanceof ReasonableGroundsDecisionRecorded rg) {
                    generated.count(DecisionStage.REASONABLE_GROUNDS, rg.decidedOn(), rg.outcome(), age);
                } else if (event instanceof ConclusiveGroundsDecisionRecorded cg) {
                    generated.count(DecisionStage.CONCLUSIVE_GROUNDS, cg.decidedOn(), cg.outcome(), age);
                }
            }
        }
        for (int year = 2014; year <= YEAR; year++) {
            generated.assertFollowsThePublishedTables(generator, year, true);
        }
    }

    private static boolean isDecisionOfTheYear(ReferralEvent event) {
        return (event instanceof ReasonableGroundsDecisionRecorded || event instanceof ConclusiveGroundsDecisionRecorded)
                && EventDates.dateOf(event).getYear() == YEAR;
    }

    private JsonNode importHistory(String ndjson) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/referral-events:import"))
                .header("Content-Type", "application/x-ndjson")
                .header("Authorization", "Bearer " + Tokens.of(port, WriteApi.PROVIDER))
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(ndjson, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** Decisions counted per stage and quarter, and per stage, year and age: {decided, positive}. */
    private static final class Decisions {

        private final Map<String, int[]> counts = new TreeMap<>();

        void count(DecisionStage stage, LocalDate decidedOn, DecisionOutcome outcome, AgeAtExploitation age) {
            List<String> keys = new ArrayList<>(List.of(stage + " " + Quarter.of(decidedOn),
                    stage + " " + decidedOn.getYear()));
            if (age != null) {
                keys.add(stage + " " + decidedOn.getYear() + " " + age);
            }
            for (String key : keys) {
                int[] count = counts.computeIfAbsent(key, k -> new int[2]);
                count[0]++;
                count[1] += outcome == DecisionOutcome.POSITIVE ? 1 : 0;
            }
        }

        void assertFollowsThePublishedTables(SyntheticHistory generator, int year, boolean byAge) {
            PublishedTables tables = generator.tables();
            double scale = generator.scale();
            for (DecisionStage stage : DecisionStage.values()) {
                int decided = 0;
                for (int number = 1; number <= 4; number++) {
                    Quarter quarter = new Quarter(year, number);
                    int[] published = sum(tables.decisionsByAge(stage, quarter));
                    int[] count = get(stage + " " + quarter);
                    assertCount(stage + " decisions in " + quarter, count[0], published[0] * scale);
                    decided += count[0];
                }
                int[] published = sum(tables.decisionsOfYear(stage, year));
                int[] count = get(stage + " " + year);
                assertCount(stage + " decisions in " + year, decided, published[0] * scale);
                assertRate(stage + " positive rate in " + year, count, published);
                if (byAge) {
                    int[][] ofAge = tables.decisionsOfYear(stage, year);
                    for (AgeAtExploitation age : AgeAtExploitation.values()) {
                        int[] ageCount = get(stage + " " + year + " " + age);
                        assertCount(stage + " decisions in " + year + " for " + age, ageCount[0],
                                ofAge[age.ordinal()][0] * scale);
                        assertRate(stage + " positive rate in " + year + " for " + age, ageCount,
                                ofAge[age.ordinal()]);
                    }
                }
            }
        }

        private int[] get(String key) {
            return counts.getOrDefault(key, new int[2]);
        }

        private static void assertCount(String what, int observed, double expected) {
            assertThat((double) observed).as("%s (expected %.0f)", what, expected)
                    .isCloseTo(expected, within(4 * Math.sqrt(expected) + 1e-9));
        }

        private static void assertRate(String what, int[] observed, int[] published) {
            if (published[0] == 0 || observed[0] == 0) {
                return;
            }
            double p = (double) published[1] / published[0];
            double tolerance = 4 * Math.sqrt(p * (1 - p) / observed[0]) + 0.01;
            assertThat((double) observed[1] / observed[0]).as("%s (published %.3f)", what, p)
                    .isCloseTo(p, within(tolerance));
        }

        private static int[] sum(int[][] byAge) {
            int[] sum = new int[2];
            for (int[] counts : byAge) {
                sum[0] += counts[0];
                sum[1] += counts[1];
            }
            return sum;
        }
    }
}
