package org.nrmtracker.command.referral.history;

import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.nrmtracker.command.RecordedStreams;
import org.nrmtracker.command.RunningCommandSide;
import org.nrmtracker.command.WriteApi;
import org.nrmtracker.command.referral.http.Recorder;
import org.nrmtracker.kernel.eventstore.EventSerializer;
import org.nrmtracker.kernel.eventstore.SequencedMongoEventStorageEngine;
import org.nrmtracker.kernel.eventstore.StoredEvent;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.RecordingMetaData;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.platform.security.Caller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.command.ReferralJson.REFERRED_ON;
import static org.nrmtracker.command.ReferralJson.reasonableGrounds;
import static org.nrmtracker.command.ReferralJson.supportEnded;
import static org.nrmtracker.command.referral.history.ImportFile.on;
import static org.nrmtracker.command.referral.history.ImportFile.referred;

/**
 * Another instance of the command side writes to a referral of the batch after the batch has read it and before
 * it is stored: the batch's commit for that referral is refused, the batch is applied again line by line, and
 * nothing is lost or counted twice, although an ordered insert keeps the commits before the refused one.
 */
@RunningCommandSide
class BatchCollisionTest {

    private static final LocalDate RG_DECIDED_ON = REFERRED_ON.plusDays(5);
    private static final LocalDate SUPPORT_ENDED_ON = REFERRED_ON.plusDays(20);
    private static final Caller PROVIDER = new Caller(WriteApi.PROVIDER, "demo-provider-org");

    @LocalServerPort
    private int port;
    @Autowired
    private MongoDatabase database;
    @Autowired
    private LineCommands lines;
    @Autowired
    private Recorder recorder;
    @Autowired
    private CommandGateway commands;
    @Autowired
    private Clock clock;

    @Test
    void aBatchThatMeetsAConcurrentWriterIsAppliedAgainLineByLine() throws IOException {
        UUID a = UUID.randomUUID();
        UUID b = new WriteApi(port).newReferral();
        ImportFile file = new ImportFile();
        file.add(referred(a));
        file.add(on(a, reasonableGrounds(RG_DECIDED_ON, "POSITIVE")));
        file.add(on(b, reasonableGrounds(RG_DECIDED_ON, "POSITIVE")));
        file.add(on(a, supportEnded(SUPPORT_ENDED_ON, "MOVED_ON")));
        AtomicInteger batchesStored = new AtomicInteger();
        BatchRecorder colliding = new BatchRecorder(commands) {
            @Override
            void beforeCommit() {
                if (batchesStored.getAndIncrement() == 0) {
                    recordOnAnotherInstance(b, RG_DECIDED_ON); // the very decision of line 3, at b's next position
                }
            }
        };
        HistoryImport historyImport = new HistoryImport(lines, recorder, colliding, 65_536, 500, 1 << 22);
        RecordedStreams streams = new RecordedStreams(database);
        long commits = streams.commits();
        ImportTally tally = new ImportTally();

        historyImport.run(new ByteArrayInputStream(file.text().getBytes(StandardCharsets.UTF_8)), -1, PROVIDER, tally);

        assertThat(batchesStored).hasValue(1);
        assertThat(tally.accepted()).as("a's three lines, counted once though the failed batch stored some").isEqualTo(3);
        assertThat(tally.duplicates()).as("line 3, recorded by the other instance").isEqualTo(1);
        assertThat(tally.rejected()).isZero();
        assertThat(streams.commits() - commits).isEqualTo(4);
        assertThat(streams.of(a)).extracting(StoredEvent::sequence).containsExactly(0L, 1L, 2L);
        assertThat(streams.of(b)).extracting(StoredEvent::sequence).containsExactly(0L, 1L);
        StoredChains.assertVerify(streams.of(a), WriteApi.PROVIDER);
        StoredChains.assertVerify(streams.of(b), WriteApi.PROVIDER);
    }

    private void recordOnAnotherInstance(UUID referralId, LocalDate decidedOn) {
        SequencedMongoEventStorageEngine otherInstance = SequencedMongoEventStorageEngine.builder()
                .database(database).clock(clock)
                .eventSerializer(EventSerializer.create()).snapshotSerializer(EventSerializer.create())
                .build();
        otherInstance.appendEvents(new GenericDomainEventMessage<>("Referral", referralId.toString(), 1,
                new ReasonableGroundsDecisionRecorded(new ReferralId(referralId), decidedOn, DecisionOutcome.POSITIVE),
                MetaData.with(RecordingMetaData.RECORDED_BY, PROVIDER.client())
                        .and(RecordingMetaData.ORGANISATION, PROVIDER.organisation())));
    }
}
