package org.nrmtracker.synthetic;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;
import org.nrmtracker.command.RunningCommandSide;
import org.nrmtracker.kernel.eventstore.StoredEvent;
import org.nrmtracker.kernel.eventstore.StoredEvents;
import org.nrmtracker.kernel.referral.ConclusiveGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReferralEvent;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A synthetic year imported through the history endpoint makes the published decisions per quarter, counted from
 * the stored events the way docs/api.md §5.2 counts (tolerances: {@code DecisionCounts} of the generator's tests).
 * <p>
 * Decisions made in 2023 come from referrals back to 2016 and before (CG waits of years): referrals are
 * generated from 2016 (0.2% of the year's CG decisions come from earlier ones, well inside the tolerance), with
 * nothing dated after 2023, and the histories of those with a decision in 2023 are imported whole (the others
 * cannot change the year's counts; leaving them out keeps the import near 7,600 lines: 20-50 s on the in-memory
 * server, as busy as the machine is).
 */
@RunningCommandSide
class ImportedSyntheticYearTest {

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
            if (history.stream().anyMatch(ImportedSyntheticYearTest::isDecisionOfTheYear)) {
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

        DecisionCounts recorded = new DecisionCounts();
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
}
