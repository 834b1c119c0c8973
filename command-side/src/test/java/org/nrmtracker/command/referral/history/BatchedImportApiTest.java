package org.nrmtracker.command.referral.history;

import org.junit.jupiter.api.Test;
import org.nrmtracker.command.RunningCommandSide;
import org.nrmtracker.command.WriteApi;
import org.nrmtracker.command.WriteApiTest;
import org.nrmtracker.kernel.eventstore.StoredEvent;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.command.ReferralJson.REFERRED_ON;
import static org.nrmtracker.command.ReferralJson.conclusiveGrounds;
import static org.nrmtracker.command.ReferralJson.reasonableGrounds;
import static org.nrmtracker.command.ReferralJson.supportEnded;
import static org.nrmtracker.command.referral.history.ImportFile.on;
import static org.nrmtracker.command.referral.history.ImportFile.referred;

/**
 * A file small enough to be one batch: refused lines in the middle of it record nothing and stop nothing, later
 * lines of a referral see its earlier ones, and every line is its own hash-chained commit.
 */
@RunningCommandSide
class BatchedImportApiTest extends WriteApiTest {

    private static final LocalDate RG_DECIDED_ON = REFERRED_ON.plusDays(5);
    private static final LocalDate SUPPORT_ENDED_ON = REFERRED_ON.plusDays(20);

    @Test
    void refusedLinesInTheMiddleOfABatchRecordNothingAndTheOthersAreRecorded() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        ImportFile file = new ImportFile();
        file.add(referred(a));
        file.add(on(a, reasonableGrounds(RG_DECIDED_ON, "POSITIVE")));
        file.reject(422, on(a, conclusiveGrounds(RG_DECIDED_ON.minusDays(1), "POSITIVE"))); // before the RG decision
        file.reject(400, "{not json");
        file.add(referred(b));
        file.reject(409, on(b, conclusiveGrounds(RG_DECIDED_ON, "POSITIVE"))); // no positive RG yet
        file.add(on(a, reasonableGrounds(RG_DECIDED_ON, "POSITIVE"))); // a duplicate of line 2
        file.reject(404, on(UUID.randomUUID(), reasonableGrounds(RG_DECIDED_ON, "POSITIVE")));
        file.add(on(b, reasonableGrounds(RG_DECIDED_ON, "NEGATIVE")));
        file.add(on(a, supportEnded(SUPPORT_ENDED_ON, "MOVED_ON")));
        long commits = streams.commits();

        JsonNode summary = api.importHistory(file.text()).json();

        assertThat(summary.get("accepted").asLong()).isEqualTo(5);
        assertThat(summary.get("duplicates").asLong()).isEqualTo(1);
        assertThat(summary.get("rejected").asLong()).isEqualTo(4);
        assertThat(errorsOf(summary)).containsExactlyElementsOf(file.expectedErrors);
        assertThat(streams.commits() - commits).as("one commit a recorded line").isEqualTo(5);
        assertThat(streams.of(a)).extracting(StoredEvent::sequence).containsExactly(0L, 1L, 2L);
        assertThat(streams.of(b)).extracting(StoredEvent::sequence).containsExactly(0L, 1L);
        StoredChains.assertVerify(streams.of(a), WriteApi.PROVIDER);
        StoredChains.assertVerify(streams.of(b), WriteApi.PROVIDER);

        JsonNode again = api.importHistory(file.text()).json();

        assertThat(again.get("accepted").asLong()).isZero();
        assertThat(again.get("duplicates").asLong()).isEqualTo(6);
        assertThat(errorsOf(again)).containsExactlyElementsOf(file.expectedErrors);
        assertThat(streams.commits() - commits).isEqualTo(5);
    }

    @Test
    void anotherOrganisationsReferralIsNotFoundInsideABatchToo() {
        UUID theirs = WriteApi.as(port, "demo-provider-2").newReferral();
        UUID ours = UUID.randomUUID();
        ImportFile file = new ImportFile();
        file.add(referred(ours));
        file.reject(404, on(theirs, reasonableGrounds(RG_DECIDED_ON, "POSITIVE")));
        file.add(on(ours, reasonableGrounds(RG_DECIDED_ON, "POSITIVE")));

        JsonNode summary = api.importHistory(file.text()).json();

        assertThat(summary.get("accepted").asLong()).isEqualTo(2);
        assertThat(errorsOf(summary)).containsExactlyElementsOf(file.expectedErrors);
        assertThat(streams.lengthOf(theirs)).isEqualTo(1);
        assertThat(streams.lengthOf(ours)).isEqualTo(2);
    }

    private static List<String> errorsOf(JsonNode summary) {
        return summary.get("errors").valueStream()
                .map(error -> error.get("line").asLong() + ":" + error.get("status").asInt()).toList();
    }
}
