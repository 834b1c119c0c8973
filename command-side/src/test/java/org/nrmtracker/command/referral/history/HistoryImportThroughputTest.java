package org.nrmtracker.command.referral.history;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;
import org.nrmtracker.command.HttpAnswer;
import org.nrmtracker.command.RecordedStreams;
import org.nrmtracker.command.RunningCommandSide;
import org.nrmtracker.command.WriteApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.command.ReferralJson.REFERRED_ON;
import static org.nrmtracker.command.ReferralJson.conclusiveGrounds;
import static org.nrmtracker.command.ReferralJson.reasonableGrounds;
import static org.nrmtracker.command.ReferralJson.supportEnded;
import static org.nrmtracker.command.referral.history.ImportFile.on;
import static org.nrmtracker.command.referral.history.ImportFile.referred;

/**
 * A whole generated history in one import, with its rate printed. Larger runs:
 * {@code -Dnrm.import.test.referrals=5000} (four lines each).
 */
@RunningCommandSide
class HistoryImportThroughputTest {

    private static final int REFERRALS = Integer.getInteger("nrm.import.test.referrals", 250);
    private static final LocalDate RG_DECIDED_ON = REFERRED_ON.plusDays(5);
    private static final LocalDate CG_DECIDED_ON = REFERRED_ON.plusDays(30);
    private static final LocalDate SUPPORT_ENDED_ON = REFERRED_ON.plusDays(40);

    @LocalServerPort
    private int port;
    @Autowired
    private MongoDatabase database;

    @Test
    void aGeneratedHistoryIsRecordedInFull() {
        ImportFile file = new ImportFile();
        for (int i = 0; i < REFERRALS; i++) {
            UUID referralId = UUID.randomUUID();
            file.add(referred(referralId));
            file.add(on(referralId, reasonableGrounds(RG_DECIDED_ON, "POSITIVE")));
            file.add(on(referralId, conclusiveGrounds(CG_DECIDED_ON, "POSITIVE")));
            file.add(on(referralId, supportEnded(SUPPORT_ENDED_ON, "MOVED_ON")));
        }
        RecordedStreams streams = new RecordedStreams(database);
        long commits = streams.commits();

        long started = System.nanoTime();
        HttpAnswer answer = new WriteApi(port).importHistory(file.text());
        double seconds = (System.nanoTime() - started) / 1e9;

        JsonNode summary = answer.json();
        assertThat(summary.get("accepted").asLong()).as("%s", answer).isEqualTo(4L * REFERRALS);
        assertThat(summary.get("rejected").asLong()).isZero();
        assertThat(streams.commits() - commits).isEqualTo(4L * REFERRALS);
        System.out.printf("History import: %d lines in %.1f s, %.0f lines/s%n", 4 * REFERRALS, seconds,
                4 * REFERRALS / seconds);
    }
}
