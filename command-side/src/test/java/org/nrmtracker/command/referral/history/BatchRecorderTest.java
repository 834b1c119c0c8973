package org.nrmtracker.command.referral.history;

import org.junit.jupiter.api.Test;
import org.nrmtracker.command.RunningCommandSide;
import org.nrmtracker.command.WriteApi;
import org.nrmtracker.platform.security.Authorities;
import org.nrmtracker.platform.security.Caller;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.command.ReferralJson.REFERRED_ON;
import static org.nrmtracker.command.ReferralJson.conclusiveGrounds;
import static org.nrmtracker.command.ReferralJson.reasonableGrounds;
import static org.nrmtracker.command.ReferralJson.supportEnded;
import static org.nrmtracker.command.referral.history.ImportFile.on;
import static org.nrmtracker.command.referral.history.ImportFile.referred;

/**
 * Refused lines of a referral the batch has already written to stop nothing: the
 * batch is stored as one (no fall-back to line by line, which would give the same counts, only slower), and the
 * lines after them see the referral with the lines before.
 */
@RunningCommandSide
class BatchRecorderTest {

    private static final LocalDate RG_DECIDED_ON = REFERRED_ON.plusDays(5);
    private static final Caller PROVIDER = new Caller(WriteApi.PROVIDER, "demo-provider-org",
            Set.of(Authorities.REFERRALS_WRITE));

    @Autowired
    private BatchRecorder batches;
    @Autowired
    private LineCommands lines;

    @Test
    void refusedLinesOfAReferralWithEventsInTheBatchKeepTheBatchWhole() {
        UUID a = UUID.randomUUID();
        List<PendingLine> batch = List.of(
                line(1, referred(a)),
                line(2, on(a, reasonableGrounds(RG_DECIDED_ON, "POSITIVE"))),
                line(3, on(a, conclusiveGrounds(RG_DECIDED_ON.minusDays(1), "POSITIVE"))), // before the RG decision
                line(4, on(a, reasonableGrounds(RG_DECIDED_ON, "NEGATIVE"))), // a positive one is recorded
                line(5, on(a, reasonableGrounds(RG_DECIDED_ON, "POSITIVE"))), // a duplicate of line 2
                line(6, on(a, supportEnded(RG_DECIDED_ON.plusDays(10), "MOVED_ON"))));

        List<LineOutcome> outcomes = batches.record(batch, PROVIDER);

        assertThat(outcomes).extracting(outcome -> outcome.rejection() == null ? "recorded"
                : String.valueOf(outcome.rejection().status()))
                .containsExactly("recorded", "recorded", "422", "409", "recorded", "recorded");
        assertThat(outcomes).extracting(LineOutcome::accepted).containsExactly(true, true, false, false, false, true);
        assertThat(outcomes.get(5).recorded().sequence()).isEqualTo(2);
    }

    private PendingLine line(long number, ObjectNode json) {
        byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
        return PendingLine.command(number, lines.commandOf(bytes, bytes.length));
    }
}
