package org.nrmtracker.query.timeline;

import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.ConclusiveGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.CorrectionReason;
import org.nrmtracker.kernel.referral.ErasureReason;
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
import org.nrmtracker.kernel.referral.PersonalDataErased;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReconsiderationRequested;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.ReferralWithdrawn;
import org.nrmtracker.kernel.referral.SupportEndReason;
import org.nrmtracker.kernel.referral.SupportEnded;
import org.nrmtracker.kernel.referral.SupportKind;
import org.nrmtracker.kernel.referral.SupportStarted;
import org.nrmtracker.kernel.referral.Survivor;
import org.nrmtracker.query.referral.ReferralRecordEvent;
import org.nrmtracker.query.referral.ReferralRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Test data: a referral's events in the order a provider recorded them, one call per event. */
final class ReferralHistory {

    static final String REFERRAL_ID = "8d0f4d0e-6a3a-4c53-9a52-3f9a5b8f2f10";
    private static final ReferralId ID = ReferralId.of(REFERRAL_ID);
    private static final List<String> NATIONALITIES = List.of("ALB");
    private static final Set<ExploitationType> EXPLOITATION = Set.of(ExploitationType.LABOUR, ExploitationType.CRIMINAL);
    /** Recorded at sub-millisecond precision, which timelines show to the millisecond. */
    static final Instant FIRST_RECORDED_AT = Instant.parse("2024-03-01T10:15:30.123456Z");

    private final Jurisdiction jurisdiction;
    private final LocalDate referredOn;
    private final List<ReferralRecordEvent> events = new ArrayList<>();

    private ReferralHistory(Jurisdiction jurisdiction, LocalDate referredOn) {
        this.jurisdiction = jurisdiction;
        this.referredOn = referredOn;
        add(new ReferralMade(ID, referredOn, jurisdiction, new FirstResponder(FirstResponderType.POLICE, null),
                new Survivor(null, AgeAtExploitation.ADULT, Gender.FEMALE, NATIONALITIES),
                new Exploitation(EXPLOITATION, ExploitationLocation.UK, false)));
    }

    static ReferralHistory referredOn(String date) {
        return referred(Jurisdiction.ENGLAND_AND_WALES, date);
    }

    static ReferralHistory referred(Jurisdiction jurisdiction, String date) {
        return new ReferralHistory(jurisdiction, LocalDate.parse(date));
    }

    ReferralHistory reasonableGrounds(String decidedOn, DecisionOutcome outcome) {
        return add(new ReasonableGroundsDecisionRecorded(ID, LocalDate.parse(decidedOn), outcome));
    }

    ReferralHistory conclusiveGrounds(String decidedOn, DecisionOutcome outcome) {
        return add(new ConclusiveGroundsDecisionRecorded(ID, LocalDate.parse(decidedOn), outcome));
    }

    ReferralHistory reconsiderationRequested(DecisionStage stage, String requestedOn) {
        return add(new ReconsiderationRequested(ID, stage, LocalDate.parse(requestedOn)));
    }

    ReferralHistory supportStarted(String startedOn) {
        return add(new SupportStarted(ID, LocalDate.parse(startedOn), SupportKind.ACCOMMODATION));
    }

    ReferralHistory supportEnded(String endedOn, SupportEndReason reason) {
        return add(new SupportEnded(ID, LocalDate.parse(endedOn), reason));
    }

    ReferralHistory withdrawn(String withdrawnOn) {
        return add(new ReferralWithdrawn(ID, LocalDate.parse(withdrawnOn)));
    }

    /** A correction of the decision at {@code sequence}, of either stage, recorded after everything before it. */
    ReferralHistory decisionCorrected(long sequence, String decidedOn, DecisionOutcome outcome) {
        ReferralEvent original = events.get((int) sequence).event();
        ReferralEvent replacement = original instanceof ConclusiveGroundsDecisionRecorded
                ? new ConclusiveGroundsDecisionRecorded(ID, LocalDate.parse(decidedOn), outcome)
                : new ReasonableGroundsDecisionRecorded(ID, LocalDate.parse(decidedOn), outcome);
        return add(new EventCorrected(ID, sequence, replacement, CorrectionReason.DATA_ENTRY_ERROR));
    }

    /** A correction of the referral itself: another date and jurisdiction, the rest as recorded. */
    ReferralHistory referralCorrected(Jurisdiction correctedJurisdiction, String correctedReferredOn) {
        ReferralMade made = (ReferralMade) events.get(0).event();
        return add(new EventCorrected(ID, 0, new ReferralMade(ID, LocalDate.parse(correctedReferredOn),
                correctedJurisdiction, made.firstResponder(), made.survivor(), made.exploitation()),
                CorrectionReason.LATE_INFORMATION));
    }

    ReferralHistory personalDataErased(String erasedOn) {
        return add(new PersonalDataErased(ID, LocalDate.parse(erasedOn), ErasureReason.DATA_SUBJECT_REQUEST));
    }

    ReferralHistory retracted(long sequence) {
        return add(new EventRetracted(ID, sequence, CorrectionReason.WRONG_REFERRAL));
    }

    /** The docs/api.md §4.1 example's referral attributes. */
    ReferralRecord record() {
        return new ReferralRecord(REFERRAL_ID, null, referredOn, jurisdiction, FirstResponderType.POLICE, null,
                AgeAtExploitation.ADULT, Gender.FEMALE, NATIONALITIES, EXPLOITATION, ExploitationLocation.UK, false, events);
    }

    private ReferralHistory add(ReferralEvent event) {
        long sequence = events.size();
        events.add(new ReferralRecordEvent(sequence, FIRST_RECORDED_AT.plusSeconds(60 * sequence), event));
        return this;
    }
}
