package org.nrmtracker.command.referral.history;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nrmtracker.command.HttpAnswer;
import org.nrmtracker.command.WriteApiTest;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.command.Problems.assertProblem;
import static org.nrmtracker.command.WriteApi.IDEMPOTENCY_KEY;
import static org.nrmtracker.command.referral.history.ImportFile.referred;

/**
 * {@code nrm.import.max-body-bytes}: a body declared larger is refused before any line is read; a chunked body
 * that passes it stops the import there, every line that ended within the limit applied and counted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"nrm.embedded-mongodb.port=0", "nrm.embedded-mongodb.file=", "demo=true",
                "nrm.import.max-body-bytes=" + ImportBodyLimitApiTest.LIMIT})
class ImportBodyLimitApiTest extends WriteApiTest {

    static final int LIMIT = 2_000;
    private static final int REFERRALS = 10;

    private final List<UUID> referrals = new ArrayList<>();
    private final ImportFile file = new ImportFile();

    @BeforeEach
    void knowSomeReferrals() {
        for (int i = 0; i < REFERRALS; i++) {
            UUID referralId = UUID.randomUUID();
            referrals.add(referralId);
            file.add(referred(referralId));
        }
        assertThat(file.text().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(LIMIT);
    }

    @Test
    void aChunkedBodyPastTheLimitStopsTheImportWithTheLinesBeforeItApplied() {
        int withinLimit = linesEndingWithinLimit();

        HttpAnswer answer = api.importHistoryChunked(file.text());

        JsonNode problem = assertProblem(answer, 413);
        assertThat(problem.get("lastLine").asLong()).isEqualTo(withinLimit);
        assertThat(problem.get("accepted").asLong()).isEqualTo(withinLimit);
        assertThat(problem.get("rejected").asLong()).isZero();
        assertThat(problem.get("detail").asString()).contains("after line " + withinLimit);
        for (int i = 0; i < REFERRALS; i++) {
            assertThat(streams.lengthOf(referrals.get(i))).as("referral of line %d", i + 1)
                    .isEqualTo(i < withinLimit ? 1 : 0);
        }
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedBeforeAnyLineIsRead() {
        long commits = streams.commits();

        HttpAnswer answer = api.importHistory(file.text());

        assertProblem(answer, 413);
        assertThat(streams.commits()).isEqualTo(commits);
    }

    @Test
    void aKeyedBodyPastTheLimitIsRefusedWholeAndDoesNotUseUpItsKey() {
        String key = "import-" + UUID.randomUUID();
        long commits = streams.commits();

        HttpAnswer refused = api.importHistoryChunked(file.text(), IDEMPOTENCY_KEY, key);
        long afterRefusal = streams.commits();
        HttpAnswer accepted = api.importHistoryChunked(referred(referrals.get(0)) + "\n", IDEMPOTENCY_KEY, key);

        assertProblem(refused, 413);
        assertThat(afterRefusal).isEqualTo(commits);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("accepted").asLong()).isEqualTo(1);
    }

    private int linesEndingWithinLimit() {
        int bytes = 0;
        int lines = 0;
        for (String line : file.text().split("\n")) {
            bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
            if (bytes > LIMIT) {
                return lines;
            }
            lines++;
        }
        return lines;
    }
}
