package org.nrmtracker.command.referral.history;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.nrmtracker.command.referral.ImpossibleReferralDates;
import org.nrmtracker.command.referral.RecordedEvent;
import org.nrmtracker.command.referral.ReferralStateConflict;
import org.nrmtracker.command.referral.http.Recorder;
import org.nrmtracker.platform.security.Caller;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies a batch of import lines in one Axon unit of work, each line a nested command with the referral's own
 * rules, so that the event store receives the whole batch at once: one reservation of global indexes and one
 * insert for all its commits (one commit per line) instead of two server round trips, each a disk commit on the
 * embedded server, per line. Axon keeps the batch's referrals in the unit of work, so a line sees the lines before
 * it; a refused line records nothing and the others go on ({@link KeepRefusedReferrals}).
 */
@Component
class BatchRecorder {

    private final CommandGateway commands;

    BatchRecorder(CommandGateway commands) {
        this.commands = commands;
    }

    /**
     * The outcome of every line, in order, once all of them are stored.
     *
     * @throws BatchFailed when the batch could not be stored as one; nothing of it is counted yet
     */
    List<LineOutcome> record(List<PendingLine> lines, Caller caller) {
        MetaData metaData = Recorder.metaDataOf(caller);
        List<LineOutcome> outcomes = new ArrayList<>(lines.size());
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        PendingReferrals pending = PendingReferrals.startIn(batch);
        try {
            for (PendingLine line : lines) {
                LineOutcome outcome = line.rejection() != null ? LineOutcome.rejected(line.line(), line.rejection())
                        : apply(line, metaData);
                if (outcome.accepted()) {
                    pending.recorded(outcome.recorded().referralId());
                }
                outcomes.add(outcome);
            }
        } catch (RuntimeException e) {
            batch.rollback(e);
            throw new BatchFailed(e, outcomes);
        }
        try {
            batch.commit(); // stores every line's events; rolls the unit of work back when that fails
        } catch (RuntimeException e) {
            throw new BatchFailed(e, outcomes);
        }
        return outcomes;
    }

    private LineOutcome apply(PendingLine line, MetaData metaData) {
        Object answer;
        try {
            answer = commands.sendAndWait(GenericCommandMessage.asCommandMessage(line.command()).withMetaData(metaData));
        } catch (AggregateNotFoundException | ReferralStateConflict | ImpossibleReferralDates refused) {
            // Thrown only for a referral with nothing pending in this batch (KeepRefusedReferrals answers for the
            // others): one never recorded, a new one refused, or another organisation's, so Axon forgetting it on
            // the rollback of the line's unit of work loses nothing of the batch.
            return LineOutcome.rejected(line.line(), RejectedLine.refusal(refused));
        }
        if (answer instanceof Refusal refusal) {
            return LineOutcome.rejected(line.line(), RejectedLine.refusal(refusal.reason()));
        }
        if (answer instanceof RecordedEvent recorded) {
            return LineOutcome.recorded(line.line(), recorded);
        }
        throw new IllegalStateException("A referral answered a command with " + answer);
    }
}
