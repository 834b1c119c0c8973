package org.nrmtracker.query.timeline;

import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.kernel.referral.ExploitationLocation;
import org.nrmtracker.kernel.referral.ExploitationType;
import org.nrmtracker.kernel.referral.FirstResponderType;
import org.nrmtracker.kernel.referral.Gender;
import org.nrmtracker.kernel.referral.Jurisdiction;
import org.nrmtracker.kernel.referral.ReferralEventType;
import org.nrmtracker.kernel.referral.SupportEndReason;
import org.nrmtracker.kernel.referral.SupportKind;
import org.nrmtracker.query.referral.RecordedFact;
import org.nrmtracker.query.referral.ReferralRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Test data: a referral's events in the order a provider recorded them, one call per event. */
final class ReferralHistory {

    static final String REFERRAL_ID = "8d0f4d0e-6a3a-4c53-9a52-3f9a5b8f2f10";
    /** Recorded at sub-millisecond precision, which timelines show to the millisecond. */
    static final Instant FIRST_RECORDED_AT = Instant.parse("2024-03-01T10:15:30.123456Z");

    private final Jurisdiction jurisdiction;
    private final LocalDate referredOn;
    private final List<RecordedFact> events = new ArrayList<>();

    private ReferralHistory(Jurisdiction jurisdiction, LocalDate referredOn) {
        this.jurisdiction = jurisdiction;
        this.referredOn = referredOn;
        add(ReferralEventType.REFERRED, referredOn, null, null, null, null);
    }

    static ReferralHistory referredOn(String date) {
        return referred(Jurisdiction.ENGLAND_AND_WALES, date);
    }

    static ReferralHistory referred(Jurisdiction jurisdiction, String date) {
        return new ReferralHistory(jurisdiction, LocalDate.parse(date));
    }

    ReferralHistory reasonableGrounds(String decidedOn, DecisionOutcome outcome) {
        return add(ReferralEventType.REASONABLE_GROUNDS_DECISION, LocalDate.parse(decidedOn), outcome, null, null, null);
    }

    ReferralHistory conclusiveGrounds(String decidedOn, DecisionOutcome outcome) {
        return add(ReferralEventType.CONCLUSIVE_GROUNDS_DECISION, LocalDate.parse(decidedOn), outcome, null, null, null);
    }

    ReferralHistory reconsiderationRequested(DecisionStage stage, String requestedOn) {
        return add(ReferralEventType.RECONSIDERATION_REQUESTED, LocalDate.parse(requestedOn), null, stage, null, null);
    }

    ReferralHistory supportStarted(String startedOn) {
        return add(ReferralEventType.SUPPORT_STARTED, LocalDate.parse(startedOn), null, null, SupportKind.ACCOMMODATION,
                null);
    }

    ReferralHistory supportEnded(String endedOn, SupportEndReason reason) {
        return add(ReferralEventType.SUPPORT_ENDED, LocalDate.parse(endedOn), null, null, null, reason);
    }

    ReferralHistory withdrawn(String withdrawnOn) {
        return add(ReferralEventType.WITHDRAWN, LocalDate.parse(withdrawnOn), null, null, null, null);
    }

    /** The contract §4.1 example's referral attributes. */
    ReferralRecord record() {
        return new ReferralRecord(REFERRAL_ID, null, referredOn, jurisdiction, FirstResponderType.POLICE, null,
                AgeAtExploitation.ADULT, Gender.FEMALE, List.of("ALB"),
                Set.of(ExploitationType.LABOUR, ExploitationType.CRIMINAL), ExploitationLocation.UK, false, events);
    }

    private ReferralHistory add(ReferralEventType type, LocalDate date, DecisionOutcome outcome, DecisionStage stage,
                                SupportKind kind, SupportEndReason reason) {
        long sequence = events.size();
        events.add(new RecordedFact(sequence, type, date, outcome, stage, kind, reason,
                FIRST_RECORDED_AT.plusSeconds(60 * sequence)));
        return this;
    }
}
