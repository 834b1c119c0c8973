package org.nrmtracker.query.statistics;

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
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Test data: an adult woman from Albania referred by the police in England and Wales, unless told otherwise. */
final class AReferral {

    private static final AtomicLong IDS = new AtomicLong();

    private final LocalDate referredOn;
    private AgeAtExploitation age = AgeAtExploitation.ADULT;
    private Gender gender = Gender.FEMALE;
    private List<String> nationalities = List.of("ALB");
    private Set<ExploitationType> exploitation = Set.of(ExploitationType.LABOUR);
    private final List<RecordedFact> events = new ArrayList<>();

    private AReferral(LocalDate referredOn) {
        this.referredOn = referredOn;
        add(ReferralEventType.REFERRED, referredOn, null, null, null, null);
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

    AReferral reasonableGrounds(String decidedOn, DecisionOutcome outcome) {
        return add(ReferralEventType.REASONABLE_GROUNDS_DECISION, LocalDate.parse(decidedOn), outcome, null, null, null);
    }

    AReferral conclusiveGrounds(String decidedOn, DecisionOutcome outcome) {
        return add(ReferralEventType.CONCLUSIVE_GROUNDS_DECISION, LocalDate.parse(decidedOn), outcome, null, null, null);
    }

    AReferral reconsiderationRequested(DecisionStage stage, String requestedOn) {
        return add(ReferralEventType.RECONSIDERATION_REQUESTED, LocalDate.parse(requestedOn), null, stage, null, null);
    }

    AReferral supportEnded(String endedOn) {
        return add(ReferralEventType.SUPPORT_ENDED, LocalDate.parse(endedOn), null, null, null, SupportEndReason.MOVED_ON);
    }

    AReferral withdrawn(String withdrawnOn) {
        return add(ReferralEventType.WITHDRAWN, LocalDate.parse(withdrawnOn), null, null, null, null);
    }

    ReferralRecord record() {
        return new ReferralRecord(new UUID(0, IDS.incrementAndGet()).toString(), null, referredOn,
                Jurisdiction.ENGLAND_AND_WALES, FirstResponderType.POLICE, "subject", age, gender, nationalities,
                exploitation, ExploitationLocation.UK, false, events);
    }

    private AReferral add(ReferralEventType type, LocalDate date, DecisionOutcome outcome, DecisionStage stage,
                          SupportKind kind, SupportEndReason reason) {
        events.add(new RecordedFact(events.size(), type, date, outcome, stage, kind, reason,
                Instant.parse("2025-01-01T00:00:00Z").plusSeconds(events.size())));
        return this;
    }
}
