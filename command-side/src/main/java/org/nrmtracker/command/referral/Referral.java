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
import org.nrmtracker.kernel.referral.Amendment;
import org.nrmtracker.kernel.referral.ConclusiveGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.CorrectedHistory;
import org.nrmtracker.kernel.referral.EventCorrected;
import org.nrmtracker.kernel.referral.EventRetracted;
import org.nrmtracker.kernel.referral.PersonalDataErased;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One referral: decides which events its stream accepts (docs/api.md §2). Every handler first acknowledges
 * an event identical to one already recorded, then checks the state (409), then the dates (422), then applies.
 * The rules themselves are {@link ReferralState}'s, checked against the corrected history (the latest correction
 * of each event applied, retracted events left out). "Today" comes from the application's Clock, passed to each
 * handler. Not cached: every command sources it from the store, so that it decides on the events every
 * command-side instance recorded (docs/consistency.md).
 */
@Aggregate
public class Referral {

    @AggregateIdentifier
    private ReferralId referralId;
    /** The organisation that made the referral (docs/api.md §8); null for referrals made before it was recorded. */
    private String organisation;
    private ReferralState state = ReferralState.NOT_MADE;
    /** The whole stream as recorded, which corrections and retractions are checked against. */
    private final List<StreamEvent> stream = new ArrayList<>();
    private boolean retracted;
    /** The referral as made (recorded, not as corrected): a MakeReferral sent again is compared with it. */
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
            return recordUnlessDuplicate(PersonalFields.ofRecordedReferral(command, made, personalData),
                    MetaData.emptyInstance(), () -> {
                        throw new ReferralStateConflict(
                                "A referral with this id was already made with different details.");
                    });
        }
        ReferralDates.ensurePossibleReferralDate(command.referredOn(), clock);
        // the owner is stored with the event itself, so that sourcing the referral again restores it
        MetaData owner = caller == null ? MetaData.emptyInstance() : MetaData.with(RecordingMetaData.ORGANISATION, caller);
        return recordUnlessDuplicate(PersonalFields.ofNewReferral(command, personalData), owner, () -> { });
    }

    @CommandHandler
    Object handle(RecordReasonableGroundsDecision command, Clock clock) {
        return record(new ReasonableGroundsDecisionRecorded(referralId, command.decidedOn(), command.outcome()), clock);
    }

    @CommandHandler
    Object handle(RecordConclusiveGroundsDecision command, Clock clock) {
        return record(new ConclusiveGroundsDecisionRecorded(referralId, command.decidedOn(), command.outcome()), clock);
    }

    @CommandHandler
    Object handle(RequestReconsideration command, Clock clock) {
        return record(new ReconsiderationRequested(referralId, command.stage(), command.requestedOn()), clock);
    }

    @CommandHandler
    Object handle(StartSupport command, Clock clock) {
        return record(new SupportStarted(referralId, command.startedOn(), command.kind()), clock);
    }

    @CommandHandler
    Object handle(EndSupport command, Clock clock) {
        return record(new SupportEnded(referralId, command.endedOn(), command.reason()), clock);
    }

    @CommandHandler
    Object handle(WithdrawReferral command, Clock clock) {
        return record(new ReferralWithdrawn(referralId, command.withdrawnOn()), clock);
    }

    @CommandHandler
    Object handle(CorrectEvent command, Clock clock, PersonalData personalData) {
        ReferralEvent original = amendable(command.corrects(), "corrected");
        // the event as it stands: the original with its latest correction, if any
        CorrectedHistory.Entry<StreamEvent> target = history().original(command.corrects()).orElseThrow();
        ReferralEvent replacement = PersonalFields.ofReplacement(
                command.replacement().replacing(original, command.corrects()), target.event(), erasure.erased(),
                personalData);
        var event = new EventCorrected(referralId, command.corrects(), replacement, command.reason());
        return recordUnlessDuplicate(event, MetaData.emptyInstance(), () -> {
            ensureNotRetracted();
            ensureNotRetracted(target);
            if (target.event().equals(event.replacement())) {
                throw new ReferralStateConflict(("The replacement is identical to sequence %d as it stands: "
                        + "there is nothing to correct.").formatted(command.corrects()));
            }
            CorrectedHistories.ensureFollowsTheRules(stream, event, "correction", clock);
        });
    }

    @CommandHandler
    Object handle(RetractEvent command, Clock clock) {
        amendable(command.retracts(), "retracted");
        var event = new EventRetracted(referralId, command.retracts(), command.reason());
        return recordUnlessDuplicate(event, MetaData.emptyInstance(), () -> {
            ensureNotRetracted();
            ensureNotRetracted(history().original(command.retracts()).orElseThrow());
            CorrectedHistories.ensureFollowsTheRules(stream, event, "retraction", clock);
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

    private Object record(ReferralEvent event, Clock clock) {
        return recordUnlessDuplicate(event, MetaData.emptyInstance(), () -> {
            ensureNotRetracted();
            state.ensureAllows(event, clock);
        });
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

    /** The original event at {@code sequence}: only those are corrected or retracted, never an amendment. */
    private ReferralEvent amendable(long sequence, String how) {
        StreamEvent target = stream.stream().filter(e -> e.sequence() == sequence).findFirst()
                .orElseThrow(() -> new ReferralStateConflict(
                        "This referral has no event with sequence %d to be %s.".formatted(sequence, how)));
        if (target.event() instanceof Amendment) {
            throw new ReferralStateConflict(("Sequence %d is itself a correction or retraction, which cannot be %s; "
                    + "amend the original event instead.").formatted(sequence, how));
        }
        if (target.event() instanceof PersonalDataErased) {
            throw new ReferralStateConflict(("Sequence %d is the erasure of the referral's personal data, which is "
                    + "final: it cannot be %s.").formatted(sequence, how));
        }
        return target.event();
    }

    private void ensureNotRetracted() {
        if (retracted) {
            throw new ReferralStateConflict(
                    "This referral was retracted: it is treated as never made, so nothing more can be recorded on it.");
        }
    }

    private static void ensureNotRetracted(CorrectedHistory.Entry<StreamEvent> target) {
        if (target.retracted()) {
            throw new ReferralStateConflict("Sequence %d was retracted, so it can no longer be amended."
                    .formatted(target.sequence()));
        }
    }

    private CorrectedHistory<StreamEvent> history() {
        return CorrectedHistory.of(stream);
    }

    @EventSourcingHandler
    void on(ReferralEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
            @MetaDataValue(RecordingMetaData.ORGANISATION) String recordedFor) {
        recorded.remember(event, sequence, recordedAt);
        stream.add(new StreamEvent(sequence, event));
        if (event instanceof ReferralMade recordedMade) {
            made = recordedMade;
            organisation = recordedFor;
            referralId = recordedMade.referralId();
        }
        if (event instanceof Amendment) {
            CorrectedHistory<StreamEvent> history = history();
            retracted = history.referralRetracted();
            state = ReferralState.after(history.effectiveEvents());
        } else {
            state = state.after(event);
        }
    }
}
