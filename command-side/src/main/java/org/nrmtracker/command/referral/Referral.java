package org.nrmtracker.command.referral;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.nrmtracker.kernel.personaldata.PersonalData;
import org.nrmtracker.kernel.referral.ConclusiveGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.RecordingMetaData;
import org.nrmtracker.kernel.referral.ReconsiderationRequested;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.ReferralNotFound;
import org.nrmtracker.kernel.referral.ReferralWithdrawn;
import org.nrmtracker.kernel.referral.SupportEnded;
import org.nrmtracker.kernel.referral.SupportStarted;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.nrmtracker.kernel.referral.DecisionStage.CONCLUSIVE_GROUNDS;
import static org.nrmtracker.kernel.referral.DecisionStage.REASONABLE_GROUNDS;

/**
 * One referral: decides which events its stream accepts (docs/api.md §2). Every handler first acknowledges
 * an event identical to one already recorded, then checks the state (409), then the dates (422), then applies.
 * "Today" comes from the application's Clock, passed to each handler. Not cached: every command sources it from
 * the store, so that it decides on the events every command-side instance recorded (docs/consistency.md).
 */
@Aggregate
public class Referral {

    @AggregateIdentifier
    private ReferralId referralId;
    private ReferralDates dates;
    /** The organisation that made the referral (docs/api.md §8); null for referrals made before it was recorded. */
    private String organisation;
    private StageDecisions reasonableGrounds = StageDecisions.undecided(REASONABLE_GROUNDS);
    private StageDecisions conclusiveGrounds = StageDecisions.undecided(CONCLUSIVE_GROUNDS);
    private SupportPeriods support = SupportPeriods.NONE;
    private boolean withdrawn;
    private ReferralMade made;
    @AggregateMember private final ReferralErasure erasure = new ReferralErasure();
    private final RecordedEvents recorded = new RecordedEvents();

    protected Referral() {
        // Axon creates an empty referral, then sources its events or lets MakeReferral create it
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Object handle(MakeReferral command, Clock clock, PersonalData personalData,
                  @MetaDataValue(RecordingMetaData.ORGANISATION) String caller) {
        if (made != null) { // the same referral again is acknowledged; any other under this id is a conflict
            return recordUnlessDuplicate(PersonalFields.ofRecordedReferral(command, made, personalData), () -> {
                throw new ReferralStateConflict("A referral with this id was already made with different details.");
            });
        }
        ReferralDates.ensurePossibleReferralDate(command.referredOn(), clock);
        // the owner is stored with the event itself, so that sourcing the referral again restores it
        MetaData owner = caller == null ? MetaData.emptyInstance() : MetaData.with(RecordingMetaData.ORGANISATION, caller);
        return recordUnlessDuplicate(PersonalFields.ofNewReferral(command, personalData), owner, () -> { });
    }

    @CommandHandler
    Object handle(RecordReasonableGroundsDecision command, Clock clock) {
        var event = new ReasonableGroundsDecisionRecorded(referralId, command.decidedOn(), command.outcome());
        return recordUnlessDuplicate(event, () -> {
            ensureNotWithdrawn();
            reasonableGrounds.ensureOpenToDecision();
            dates.ensureBetweenReferralAndToday("decision", command.decidedOn(), clock);
            reasonableGrounds.ensureDecisionNotBeforeRequest(command.decidedOn());
        });
    }

    @CommandHandler
    Object handle(RecordConclusiveGroundsDecision command, Clock clock) {
        var event = new ConclusiveGroundsDecisionRecorded(referralId, command.decidedOn(), command.outcome());
        return recordUnlessDuplicate(event, () -> {
            ensureNotWithdrawn();
            if (!reasonableGrounds.isPositive()) {
                throw new ReferralStateConflict(
                        "A conclusive-grounds decision needs a positive reasonable-grounds decision first.");
            }
            conclusiveGrounds.ensureOpenToDecision();
            dates.ensureBetweenReferralAndToday("decision", command.decidedOn(), clock);
            if (command.decidedOn().isBefore(reasonableGrounds.latestDecidedOn())) {
                throw new ImpossibleReferralDates(
                        "The conclusive-grounds decision date %s is before the reasonable-grounds decision of %s."
                                .formatted(command.decidedOn(), reasonableGrounds.latestDecidedOn()));
            }
            conclusiveGrounds.ensureDecisionNotBeforeRequest(command.decidedOn());
        });
    }

    @CommandHandler
    Object handle(RequestReconsideration command, Clock clock) {
        var event = new ReconsiderationRequested(referralId, command.stage(), command.requestedOn());
        StageDecisions decisions = decisionsOf(command.stage());
        return recordUnlessDuplicate(event, () -> {
            ensureNotWithdrawn();
            decisions.ensureReconsiderable();
            dates.ensureBetweenReferralAndToday("reconsideration request", command.requestedOn(), clock);
            decisions.ensureRequestNotBeforeDecision(command.requestedOn());
        });
    }

    @CommandHandler
    Object handle(StartSupport command, Clock clock) {
        var event = new SupportStarted(referralId, command.startedOn(), command.kind());
        return recordUnlessDuplicate(event, () -> {
            ensureNotWithdrawn();
            support.ensureNoneOpen();
            dates.ensureBetweenReferralAndToday("support start", command.startedOn(), clock);
            support.ensureStartNotBeforeLastEnd(command.startedOn());
        });
    }

    @CommandHandler
    Object handle(EndSupport command, Clock clock) {
        var event = new SupportEnded(referralId, command.endedOn(), command.reason());
        return recordUnlessDuplicate(event, () -> {
            ensureNotWithdrawn();
            support.ensureOneOpen();
            dates.ensureBetweenReferralAndToday("support end", command.endedOn(), clock);
            support.ensureEndNotBeforeStart(command.endedOn());
        });
    }

    @CommandHandler
    Object handle(WithdrawReferral command, Clock clock) {
        var event = new ReferralWithdrawn(referralId, command.withdrawnOn());
        return recordUnlessDuplicate(event, () -> {
            ensureNotWithdrawn();
            if (conclusiveGrounds.isDecided()) {
                throw new ReferralStateConflict("A conclusive-grounds decision is already recorded, "
                        + "so the referral can no longer be withdrawn.");
            }
            dates.ensureBetweenReferralAndToday("withdrawal", command.withdrawnOn(), clock);
        });
    }

    /**
     * Another organisation's referral does not exist for the caller (docs/api.md §8): checked before anything else,
     * so not even a duplicate acknowledgement reveals it. Making a referral under an id already taken is a
     * conflict whoever took it; the answer says no more than that.
     */
    @CommandHandlerInterceptor
    void onlyForItsOwnOrganisation(CommandMessage<?> command,
                                   @MetaDataValue(RecordingMetaData.ORGANISATION) String caller) {
        if (referralId == null || Objects.equals(organisation, caller)
                || command.getPayload() instanceof ErasePersonalData erase && erase.byAdministrator()) {
            return;
        }
        if (command.getPayload() instanceof MakeReferral) {
            throw new ReferralStateConflict("A referral with this id already exists.");
        }
        throw new ReferralNotFound(referralId);
    }

    private Object recordUnlessDuplicate(ReferralEvent event, Runnable rules) {
        return recordUnlessDuplicate(event, MetaData.emptyInstance(), rules);
    }

    /** Duplicates come first, before any rule, so that re-sending a whole history never fails. */
    private Object recordUnlessDuplicate(ReferralEvent event, MetaData metaData, Runnable rules) {
        RecordedEvent original = recorded.find(event);
        if (original != null) {
            return original.asDuplicate();
        }
        rules.run();
        apply(event, metaData);
        return recorded.find(event); // apply has already run the event sourcing handler, which remembered it
    }

    private void ensureNotWithdrawn() {
        if (withdrawn) {
            throw new ReferralStateConflict(
                    "The adult has withdrawn from the NRM, so nothing more can be recorded on this referral.");
        }
    }

    private StageDecisions decisionsOf(DecisionStage stage) {
        return stage == REASONABLE_GROUNDS ? reasonableGrounds : conclusiveGrounds;
    }

    @EventSourcingHandler
    void on(ReferralMade event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
            @MetaDataValue(RecordingMetaData.ORGANISATION) String madeBy) {
        recorded.remember(event, sequence, recordedAt);
        made = event;
        organisation = madeBy;
        referralId = event.referralId();
        dates = new ReferralDates(event.referredOn());
    }

    @EventSourcingHandler
    void on(ReasonableGroundsDecisionRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        recorded.remember(event, sequence, recordedAt);
        reasonableGrounds = reasonableGrounds.decided(event.decidedOn(), event.outcome());
        support = support.afterReasonableGrounds(event.outcome(), event.decidedOn());
    }

    @EventSourcingHandler
    void on(ConclusiveGroundsDecisionRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        recorded.remember(event, sequence, recordedAt);
        conclusiveGrounds = conclusiveGrounds.decided(event.decidedOn(), event.outcome());
    }

    @EventSourcingHandler
    void on(ReconsiderationRequested event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        recorded.remember(event, sequence, recordedAt);
        if (event.stage() == REASONABLE_GROUNDS) {
            reasonableGrounds = reasonableGrounds.reconsiderationRequested(event.requestedOn());
        } else {
            conclusiveGrounds = conclusiveGrounds.reconsiderationRequested(event.requestedOn());
        }
    }

    @EventSourcingHandler
    void on(SupportStarted event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        recorded.remember(event, sequence, recordedAt);
        support = support.started(event.startedOn());
    }

    @EventSourcingHandler
    void on(SupportEnded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        recorded.remember(event, sequence, recordedAt);
        support = support.ended(event.endedOn());
    }

    @EventSourcingHandler
    void on(ReferralWithdrawn event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        recorded.remember(event, sequence, recordedAt);
        withdrawn = true;
    }
}
