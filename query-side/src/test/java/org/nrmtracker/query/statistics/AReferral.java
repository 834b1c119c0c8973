package org.nrmtracker.query.statistics;

import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.ConclusiveGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.CorrectionReason;
import org.nrmtracker.kernel.referral.EventCorrected;
import org.nrmtracker.kernel.referral.EventRetracted;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.kernel.referral.Exploitation;
import org.nrmtracker.kernel.referral.ExploitationLocation;
import org.nrmtracker.kernel.referral.ExploitationType;
import org.nrmtracker.kernel.referral.FirstResponder;
import org.nrmtracker.kernel.referral.FirstResponderType;
import org.nrmtracker.kernel.referral.Gender;
import org.nrmtracker.kernel.referral.Jurisdiction;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReconsiderationRequested;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.ReferralWithdrawn;
import org.nrmtracker.kernel.referral.SupportEndReason;
import org.nrmtracker.kernel.referral.SupportEnded;
import org.nrmtracker.kernel.referral.Survivor;
import org.nrmtracker.query.referral.ReferralRecordEvent;
import org.nrmtracker.query.referral.ReferralRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/** Test data: an adult woman from Albania referred by the police in England and Wales, unless told otherwise. */
final class AReferral {

    private static final AtomicLong IDS = new AtomicLong();

    private final LocalDate referredOn;
    private AgeAtExploitation age = AgeAtExploitation.ADULT;
    private Gender gender = Gender.FEMALE;
    private List<String> nationalities = List.of("ALB");
    private Set<ExploitationType> exploitation = Set.of(ExploitationType.LABOUR);
    private String organisation;
    /** The events after the referral itself, made for the id {@link #record} gives. */
    private final List<Function<ReferralId, ReferralEvent>> later = new ArrayList<>();

    private AReferral(LocalDate referredOn) {
        this.referredOn = referredOn;
    }

    static AReferral referredOn(String date) {
        return new AReferral(LocalDate.parse(date));
    }

    AReferral child() {
        age = AgeAtExploitation.CHILD;
        return this;
    }

    AReferral male() {
        gender = Gender.MALE;
        return this;
    }

    AReferral nationalities(String... codes) {
        nationalities = List.of(codes);
        return this;
    }

    AReferral exploitation(ExploitationType... types) {
        exploitation = Set.of(types);
        return this;
    }

    /** Made by a provider of this organisation (none unless told: recorded before tokens carried one). */
    AReferral organisation(String name) {
        organisation = name;
        return this;
    }

    AReferral reasonableGrounds(String decidedOn, DecisionOutcome outcome) {
        return add(id -> new ReasonableGroundsDecisionRecorded(id, LocalDate.parse(decidedOn), outcome));
    }

    AReferral conclusiveGrounds(String decidedOn, DecisionOutcome outcome) {
        return add(id -> new ConclusiveGroundsDecisionRecorded(id, LocalDate.parse(decidedOn), outcome));
    }

    AReferral reconsiderationRequested(DecisionStage stage, String requestedOn) {
        return add(id -> new ReconsiderationRequested(id, stage, LocalDate.parse(requestedOn)));
    }

    AReferral supportEnded(String endedOn) {
        return add(id -> new SupportEnded(id, LocalDate.parse(endedOn), SupportEndReason.MOVED_ON));
    }

    AReferral withdrawn(String withdrawnOn) {
        return add(id -> new ReferralWithdrawn(id, LocalDate.parse(withdrawnOn)));
    }

    /** A correction of the reasonable-grounds decision at {@code sequence}. */
    AReferral reasonableGroundsCorrected(long sequence, String decidedOn, DecisionOutcome outcome) {
        return add(id -> new EventCorrected(id, sequence,
                new ReasonableGroundsDecisionRecorded(id, LocalDate.parse(decidedOn), outcome),
                CorrectionReason.DATA_ENTRY_ERROR));
    }

    /** A correction of the referral's date, the rest as recorded. */
    AReferral referralDateCorrected(String correctedReferredOn) {
        return add(id -> new EventCorrected(id, 0, referralMade(id, LocalDate.parse(correctedReferredOn)),
                CorrectionReason.DATA_ENTRY_ERROR));
    }

    AReferral retracted(long sequence) {
        return add(id -> new EventRetracted(id, sequence, CorrectionReason.DUPLICATE));
    }

    ReferralRecord record() {
        ReferralId id = new ReferralId(new UUID(0, IDS.incrementAndGet()));
        List<ReferralRecordEvent> events = new ArrayList<>();
        events.add(recorded(0, referralMade(id, referredOn)));
        for (Function<ReferralId, ReferralEvent> event : later) {
            events.add(recorded(events.size(), event.apply(id)));
        }
        return new ReferralRecord(id.toString(), organisation, referredOn, Jurisdiction.ENGLAND_AND_WALES,
                FirstResponderType.POLICE, "subject", age, gender, nationalities, exploitation, ExploitationLocation.UK,
                false, events);
    }

    private ReferralMade referralMade(ReferralId id, LocalDate date) {
        return new ReferralMade(id, date, Jurisdiction.ENGLAND_AND_WALES,
                new FirstResponder(FirstResponderType.POLICE, null), new Survivor("subject", age, gender, nationalities),
                new Exploitation(exploitation, ExploitationLocation.UK, false));
    }

    private static ReferralRecordEvent recorded(long sequence, ReferralEvent event) {
        return new ReferralRecordEvent(sequence, Instant.parse("2025-01-01T00:00:00Z").plusSeconds(sequence), event);
    }

    private AReferral add(Function<ReferralId, ReferralEvent> event) {
        later.add(event);
        return this;
    }
}
