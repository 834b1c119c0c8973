package org.nrmtracker.query.caseload;

import org.nrmtracker.kernel.personaldata.PersonalData;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.referral.ReferralRecords;
import org.nrmtracker.query.timeline.NextDeadline;
import org.nrmtracker.query.timeline.Timelines;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Answers {@link GetCaseload}: the organisation's referrals awaiting CG with their {@link NextDeadline}. A referral
 * awaiting RG has no clock yet and so no deadline; {@code daysWaiting} runs from {@code S}.
 */
@Component
class Caseloads {

    private static final Comparator<CaseloadReferral> NEAREST_FIRST = Comparator
            .comparingLong((CaseloadReferral referral) -> referral.nextDeadline().daysLeft())
            .thenComparing(CaseloadReferral::referredOn)
            .thenComparing(CaseloadReferral::referralId);

    private final ReferralRecords referrals;
    private final Timelines timelines;
    private final PersonalData personalData;

    Caseloads(ReferralRecords referrals, Timelines timelines, PersonalData personalData) {
        this.referrals = referrals;
        this.timelines = timelines;
        this.personalData = personalData;
    }

    Caseload answer(GetCaseload query) {
        List<CaseloadReferral> due = referrals.all().stream()
                .filter(referral -> query.organisation().equals(referral.organisation()))
                .filter(referral -> !referral.referredOn().isAfter(query.asOf()))
                .map(referral -> due(referral, query))
                .filter(Objects::nonNull)
                .sorted(NEAREST_FIRST)
                .toList();
        return new Caseload(query.asOf(), query.within(), due);
    }

    /** The referral with its next deadline when it is open and that deadline is within reach, else null. */
    private CaseloadReferral due(ReferralRecord referral, GetCaseload query) {
        LocalDate today = query.asOf();
        NextDeadline next = timelines.nextDeadlineOf(referral, today, query.windows());
        if (next == null || next.daysLeft() > query.within()) {
            return null;
        }
        LocalDate clockStart = timelines.recoveryPeriodOf(referral, today).startsOn();
        // the caller's own organisation's referral: its reference is opened for it (docs/personal-data.md)
        String subjectRef = personalData.subjectRef(ReferralId.of(referral.referralId()), referral.sealedSubjectRef())
                .orElse(null);
        return new CaseloadReferral(referral.referralId(), subjectRef, timelines.statusOf(referral, today),
                referral.referredOn(), ChronoUnit.DAYS.between(clockStart, today), next);
    }
}
