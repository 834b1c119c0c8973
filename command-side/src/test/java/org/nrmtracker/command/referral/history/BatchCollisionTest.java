package org.nrmtracker.command.referral.history;

import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.junit.jupiter.api.Test;
import org.nrmtracker.command.RecordedStreams;
import org.nrmtracker.command.RunningCommandSide;
import org.nrmtracker.command.WriteApi;
import org.nrmtracker.command.eventstore.EventPositions;
import org.nrmtracker.command.referral.http.Recorder;
import org.nrmtracker.kernel.eventstore.EventSerializer;
import org.nrmtracker.kernel.eventstore.SequencedMongoEventStorageEngine;
import org.nrmtracker.kernel.eventstore.StoredEvent;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.RecordingMetaData;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.platform.security.Authorities;
import org.nrmtracker.platform.security.Caller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
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
    private static final Caller PROVIDER = new Caller(WriteApi.PROVIDER, "demo-provider-org",
            Set.of(Authorities.REFERRALS_WRITE));

    @LocalServerPort
    private int port;
    @Autowired
    private MongoDatabase database;
    @Autowired
    private LineCommands lines;
    @Autowired
    private Recorder recorder;
    @Autowired
    private CommandBus commandBus;
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
        BatchRecorder colliding = new BatchRecorder(collidingAfterLineOn(b)) {
            @Override
            List<LineOutcome> record(List<PendingLine> lines, Caller caller) {
                batchesStored.incrementAndGet();
                return super.record(lines, caller);
            }
        };
        HistoryImport historyImport = new HistoryImport(lines, recorder, colliding, new EventPositions(database),
                65_536, 500, 1 << 22);
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
        assertThat(tally.summary().position()).as("the highest position of the lines it accepted, a's")
                .isEqualTo(streams.of(a).get(2).globalIndex());
        assertThat(streams.of(b)).extracting(StoredEvent::sequence).containsExactly(0L, 1L);
        StoredChains.assertVerify(streams.of(a), WriteApi.PROVIDER);
        StoredChains.assertVerify(streams.of(b), WriteApi.PROVIDER);
    }

    /**
     * Sends the batch's lines; once the batch has applied its line on the referral, before the next line and so
     * before the batch is stored, the other instance records on that referral, once.
     */
    private CommandGateway collidingAfterLineOn(UUID referralId) {
        CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();
        AtomicBoolean lineOnItSent = new AtomicBoolean();
        AtomicBoolean collided = new AtomicBoolean();
        MessageDispatchInterceptor<CommandMessage<?>> collide = messages -> (index, command) -> {
            if (lineOnItSent.get() && !collided.getAndSet(true)) {
                // the very decision of line 3, at b's next position
                recordOnAnotherInstance(referralId, RG_DECIDED_ON);
            }
            if (targets.resolveTarget(command).getIdentifier().equals(referralId.toString())) {
                lineOnItSent.set(true);
            }
            return command;
        };
        return DefaultCommandGateway.builder().commandBus(commandBus).dispatchInterceptors(collide).build();
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
