package org.nrmtracker.query.caseload;

import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.ConclusiveGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.Exploitation;
import org.nrmtracker.kernel.referral.ExploitationLocation;
import org.nrmtracker.kernel.referral.ExploitationType;
import org.nrmtracker.kernel.referral.FirstResponder;
import org.nrmtracker.kernel.referral.FirstResponderType;
import org.nrmtracker.kernel.referral.Gender;
import org.nrmtracker.kernel.referral.Jurisdiction;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.referral.ReferralRecordEvent;

import org.nrmtracker.query.SealedSubjectRefs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Test data: a referral of an organisation in England and Wales, its subjectRef {@code case-<n>} sealed as stored
 * ({@link SealedSubjectRefs#IN_MEMORY}'s keys).
 */
final class AProviderReferral {

    private final ReferralId id;
    private final String organisation;
    private final LocalDate referredOn;
    private final String subjectRef;
    private final List<ReferralEvent> later = new ArrayList<>();

    private AProviderReferral(int number, String organisation, String referredOn) {
        this.id = new ReferralId(new UUID(0, number));
        this.organisation = organisation;
        this.referredOn = LocalDate.parse(referredOn);
        this.subjectRef = "case-" + number;
    }

    static AProviderReferral number(int number, String organisation, String referredOn) {
        return new AProviderReferral(number, organisation, referredOn);
    }

    AProviderReferral positiveReasonableGrounds(String decidedOn) {
        later.add(new ReasonableGroundsDecisionRecorded(id, LocalDate.parse(decidedOn), DecisionOutcome.POSITIVE));
        return this;
    }

    AProviderReferral conclusiveGrounds(String decidedOn) {
        later.add(new ConclusiveGroundsDecisionRecorded(id, LocalDate.parse(decidedOn), DecisionOutcome.POSITIVE));
        return this;
    }

    String id() {
        return id.toString();
    }

    ReferralRecord record() {
        List<ReferralRecordEvent> events = new ArrayList<>();
        events.add(recorded(0, new ReferralMade(id, referredOn, Jurisdiction.ENGLAND_AND_WALES,
                new FirstResponder(FirstResponderType.POLICE, null),
                SealedSubjectRefs.survivor(SealedSubjectRefs.IN_MEMORY, id, subjectRef),
                new Exploitation(Set.of(ExploitationType.LABOUR), ExploitationLocation.UK, false))));
        for (ReferralEvent event : later) {
            events.add(recorded(events.size(), event));
        }
        return new ReferralRecord(id.toString(), organisation, referredOn, Jurisdiction.ENGLAND_AND_WALES,
                FirstResponderType.POLICE, SealedSubjectRefs.token(id.toString(), subjectRef), AgeAtExploitation.ADULT, Gender.FEMALE, List.of("ALB"),
                Set.of(ExploitationType.LABOUR), ExploitationLocation.UK, false, events);
    }

    private static ReferralRecordEvent recorded(long sequence, ReferralEvent event) {
        return new ReferralRecordEvent(sequence, Instant.parse("2024-06-01T00:00:00Z").plusSeconds(sequence), event);
    }
}
