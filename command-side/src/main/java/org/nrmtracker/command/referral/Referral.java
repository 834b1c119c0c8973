package org.nrmtracker.command.referral;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.nrmtracker.kernel.referral.DecisionStage.CONCLUSIVE_GROUNDS;
import static org.nrmtracker.kernel.referral.DecisionStage.REASONABLE_GROUNDS;

/**
 * One referral: decides which events its stream accepts (contract section 2). Every handler first acknowledges
 * an event identical to one already recorded, then checks the state (409), then the dates (422), then applies.
 * "Today" comes from the application's Clock, passed to each handler.
 */
@Aggregate(cache = "referralCache")
public class Referral {

    /** The NRM began on 1 April 2009; no referral predates it. */
    static final LocalDate NRM_STARTED_ON = LocalDate.of(2009, 4, 1);

    @AggregateIdentifier
    private ReferralId referralId;
    private LocalDate referredOn;
    /** The organisation that made the referral (contract §8); null for referrals made before it was recorded. */
    private String organisation;
    private StageDecisions reasonableGrounds = StageDecisions.undecided(REASONABLE_GROUNDS);
    private StageDecisions conclusiveGrounds = StageDecisions.undecided(CONCLUSIVE_GROUNDS);
    private SupportPeriods support = SupportPeriods.NONE;
    private boolean withdrawn;
    /** Every event of the stream with its sequence and recording time, to acknowledge an identical one. */
    private final Map<ReferralEvent, RecordedEvent> recorded = new HashMap<>();

    protected Referral() {
        // Axon creates an empty referral, then sources its events or lets MakeReferral create it
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Object handle(MakeReferral command, Clock clock,
                         @MetaDataValue(RecordingMetaData.ORGANISATION) String caller) {
        var event = new ReferralMade(command.referralId(), command.referredOn(), command.jurisdiction(),
                command.firstResponder(), command.survivor(), command.exploitation());
        // the owner is stored with the event itself, so that sourcing the referral again restores it
        MetaData owner = caller == null ? MetaData.emptyInstance() : MetaData.with(RecordingMetaData.ORGANISATION, caller);
        return recordUnlessDuplicate(event, owner, () -> {
            if (referralId != null) {
                throw new ReferralStateConflict("A referral with this id was already made with different details.");
            }
            ensureNotInFuture("referral", command.referredOn(), clock);
            if (command.referredOn().isBefore(NRM_STARTED_ON)) {
                throw new ImpossibleReferralDates("The referral date %s is before the NRM began on %s."
                        .formatted(command.referredOn(), NRM_STARTED_ON));
            }
        });
    }

    @CommandHandler
    Object handle(RecordReasonableGroundsDecision command, Clock clock) {
        var event = new ReasonableGroundsDecisionRecorded(referralId, command.decidedOn(), command.outcome());
        return recordUnlessDuplicate(event, () -> {
            ensureNotWithdrawn();
            reasonableGrounds.ensureOpenToDecision();
            ensureBetweenReferralAndToday("decision", command.decidedOn(), clock);
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
            ensureBetweenReferralAndToday("decision", command.decidedOn(), clock);
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
            ensureBetweenReferralAndToday("reconsideration request", command.requestedOn(), clock);
            decisions.ensureRequestNotBeforeDecision(command.requestedOn());
        });
    }

    @CommandHandler
    Object handle(StartSupport command, Clock clock) {
        var event = new SupportStarted(referralId, command.startedOn(), command.kind());
        return recordUnlessDuplicate(event, () -> {
            ensureNotWithdrawn();
            support.ensureNoneOpen();
            ensureBetweenReferralAndToday("support start", command.startedOn(), clock);
            support.ensureStartNotBeforeLastEnd(command.startedOn());
        });
    }

    @CommandHandler
    Object handle(EndSupport command, Clock clock) {
        var event = new SupportEnded(referralId, command.endedOn(), command.reason());
        return recordUnlessDuplicate(event, () -> {
            ensureNotWithdrawn();
            support.ensureOneOpen();
            ensureBetweenReferralAndToday("support end", command.endedOn(), clock);
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
            ensureBetweenReferralAndToday("withdrawal", command.withdrawnOn(), clock);
        });
    }

    /**
     * Another organisation's referral does not exist for the caller (contract §8): checked before anything else,
     * so not even a duplicate acknowledgement reveals it. Making a referral under an id already taken is a
     * conflict whoever took it; the answer says no more than that.
     */
    @CommandHandlerInterceptor
    void onlyForItsOwnOrganisation(CommandMessage<?> command,
                                   @MetaDataValue(RecordingMetaData.ORGANISATION) String caller) {
        if (referralId == null || Objects.equals(organisation, caller)) {
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

    /**
     * Duplicates come first, before any rule, so that re-sending a whole history never fails. A refusal is answered
     * as a {@link Refusal} instead of thrown when the command asks for it and the referral exists: refusing changes
     * nothing here, so the import's batch may go on with this referral as it is (a new referral's refusal is always
     * thrown, so that Axon forgets the empty referral it created for the command).
     */
    private Object recordUnlessDuplicate(ReferralEvent event, MetaData metaData, Runnable rules) {
        RecordedEvent original = recorded.get(event);
        if (original != null) {
            return original.asDuplicate();
        }
        try {
            rules.run();
        } catch (ReferralStateConflict | ImpossibleReferralDates refused) {
            if (referralId != null && CurrentUnitOfWork.get().getMessage().getMetaData().containsKey(Refusal.AS_ANSWER)) {
                return new Refusal(refused);
            }
            throw refused;
        }
        apply(event, metaData);
        return recorded.get(event); // apply has already run the event sourcing handler, which remembered it
    }

    private void ensureNotWithdrawn() {
        if (withdrawn) {
            throw new ReferralStateConflict(
                    "The adult has withdrawn from the NRM, so nothing more can be recorded on this referral.");
        }
    }

    private void ensureBetweenReferralAndToday(String what, LocalDate date, Clock clock) {
        ensureNotInFuture(what, date, clock);
        if (date.isBefore(referredOn)) {
            throw new ImpossibleReferralDates("The %s date %s is before the referral date %s."
                    .formatted(what, date, referredOn));
        }
    }

    private static void ensureNotInFuture(String what, LocalDate date, Clock clock) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw new ImpossibleReferralDates("The %s date %s is after today.".formatted(what, date));
        }
    }

    private StageDecisions decisionsOf(DecisionStage stage) {
        return stage == REASONABLE_GROUNDS ? reasonableGrounds : conclusiveGrounds;
    }

    @EventSourcingHandler
    void on(ReferralMade event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
            @MetaDataValue(RecordingMetaData.ORGANISATION) String madeBy) {
        remember(event, sequence, recordedAt);
        organisation = madeBy;
        referralId = event.referralId();
        referredOn = event.referredOn();
    }

    @EventSourcingHandler
    void on(ReasonableGroundsDecisionRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        remember(event, sequence, recordedAt);
        reasonableGrounds = reasonableGrounds.decided(event.decidedOn(), event.outcome());
        support = support.afterReasonableGrounds(event.outcome(), event.decidedOn());
    }

    @EventSourcingHandler
    void on(ConclusiveGroundsDecisionRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        remember(event, sequence, recordedAt);
        conclusiveGrounds = conclusiveGrounds.decided(event.decidedOn(), event.outcome());
    }

    @EventSourcingHandler
    void on(ReconsiderationRequested event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        remember(event, sequence, recordedAt);
        if (event.stage() == REASONABLE_GROUNDS) {
            reasonableGrounds = reasonableGrounds.reconsiderationRequested(event.requestedOn());
        } else {
            conclusiveGrounds = conclusiveGrounds.reconsiderationRequested(event.requestedOn());
        }
    }

    @EventSourcingHandler
    void on(SupportStarted event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        remember(event, sequence, recordedAt);
        support = support.started(event.startedOn());
    }

    @EventSourcingHandler
    void on(SupportEnded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        remember(event, sequence, recordedAt);
        support = support.ended(event.endedOn());
    }

    @EventSourcingHandler
    void on(ReferralWithdrawn event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        remember(event, sequence, recordedAt);
        withdrawn = true;
    }

    private void remember(ReferralEvent event, long sequence, Instant recordedAt) {
        // keep the first: a stream imported before duplicates were refused may hold the same event twice;
        // the event store keeps recording times to the millisecond, so the answer to the command that recorded
        // the event agrees with every later acknowledgement and with the audit trail
        recorded.putIfAbsent(event,
                new RecordedEvent(event.referralId(), sequence, recordedAt.truncatedTo(ChronoUnit.MILLIS), false));
    }
}
