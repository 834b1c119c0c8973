package org.nrmtracker.query.caseload;

import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.referral.ReferralRecords;
import org.nrmtracker.query.timeline.DecisionWindow;
import org.nrmtracker.query.timeline.ReferralStatus;
import org.nrmtracker.query.timeline.Timeline.RecoveryPeriod;
import org.nrmtracker.query.timeline.Timelines;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Answers {@link GetCaseload}. Every deadline runs from {@code S}, the first positive RG decision: the end of the
 * statutory minimum recovery period (the timeline's {@code recoveryPeriod.endsOn}) and each window's end
 * ({@link DecisionWindow#endsOn}); one is passed once today is after its last day. A referral awaiting RG has no
 * clock yet and so no deadline; one awaiting CG shows the nearest deadline not passed, the recovery period before a
 * window ending the same day.
 */
@Component
class Caseloads {

    private static final Comparator<CaseloadReferral> NEAREST_FIRST = Comparator
            .comparingLong((CaseloadReferral referral) -> referral.nextDeadline().daysLeft())
            .thenComparing(CaseloadReferral::referredOn)
            .thenComparing(CaseloadReferral::referralId);

    private final ReferralRecords referrals;
    private final Timelines timelines;

    Caseloads(ReferralRecords referrals, Timelines timelines) {
        this.referrals = referrals;
        this.timelines = timelines;
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
        ReferralStatus status = timelines.statusOf(referral, today);
        if (status != ReferralStatus.AWAITING_CONCLUSIVE_GROUNDS) {
            return null;
        }
        RecoveryPeriod recovery = timelines.recoveryPeriodOf(referral, today);
        LocalDate clockStart = recovery.startsOn();
        NextDeadline next = null;
        long recoveryLeft = ChronoUnit.DAYS.between(today, recovery.endsOn());
        if (recoveryLeft >= 0) {
            next = new NextDeadline(DeadlineKind.RECOVERY_PERIOD, recovery.minimumDays(), recovery.endsOn(), recoveryLeft);
        }
        for (DecisionWindow window : query.windows()) {
            long left = window.daysLeftOn(clockStart, today);
            if (left >= 0 && (next == null || left < next.daysLeft())) {
                next = new NextDeadline(DeadlineKind.WINDOW, window.days(), window.endsOn(clockStart), left);
            }
        }
        if (next == null || next.daysLeft() > query.within()) {
            return null;
        }
        return new CaseloadReferral(referral.referralId(), referral.subjectRef(), status, referral.referredOn(),
                ChronoUnit.DAYS.between(clockStart, today), next);
    }
}
