package org.nrmtracker.query.statistics;

import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.timeline.DecisionWindow;
import org.nrmtracker.query.timeline.ReferralStatus;
import org.nrmtracker.query.timeline.Timeline;
import org.nrmtracker.query.timeline.Timeline.SupportPeriod;
import org.nrmtracker.query.timeline.TimelineFigures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The running figures of one cohort group, added to one referral's timeline figures at a time. */
final class CohortTally {

    private final List<DecisionWindow> windows;
    private final LocalDate asOf;
    private long referrals;
    private long withdrawn;
    private final OutcomeCounts reasonableGrounds = new OutcomeCounts();
    private final Durations reasonableGroundsDays = new Durations();
    private final Durations reasonableGroundsWorkingDays = new Durations();
    private final OutcomeCounts conclusiveGrounds = new OutcomeCounts();
    private final Durations conclusiveGroundsDaysFromReasonableGrounds = new Durations();
    private final Durations conclusiveGroundsDaysFromReferral = new Durations();
    private final KaplanMeier untilConclusiveGrounds = new KaplanMeier();
    private long awaitingConclusiveGrounds;
    private final WindowCounts windowCounts;
    private long supportEnded;
    private long supportEndedBeforeConclusiveDecision;
    private final Durations supportDays = new Durations();

    CohortTally(List<DecisionWindow> windows, LocalDate asOf) {
        this.windows = windows;
        this.asOf = asOf;
        this.windowCounts = new WindowCounts(windows);
    }

    /** Adds a referral with its timeline figures as of {@code asOf}, read with this tally's windows in the same order. */
    void add(ReferralRecord referral, TimelineFigures figures) {
        referrals++;
        if (figures.status() == ReferralStatus.WITHDRAWN) {
            withdrawn++;
        }
        Timeline.ReasonableGrounds reasonable = figures.reasonableGrounds();
        if (reasonable.firstDecidedOn() != null) {
            reasonableGrounds.add(reasonable.outcome());
            reasonableGroundsDays.addIfKnown(reasonable.daysFromReferral());
            reasonableGroundsWorkingDays.addIfKnown(reasonable.workingDaysFromReferral());
        }
        Timeline.ConclusiveGrounds conclusive = figures.conclusiveGrounds();
        if (conclusive.firstDecidedOn() != null) {
            conclusiveGrounds.add(conclusive.outcome());
            conclusiveGroundsDaysFromReasonableGrounds.addIfKnown(conclusive.daysFromReasonableGrounds());
            conclusiveGroundsDaysFromReferral.addIfKnown(conclusive.daysFromReferral());
        }
        if (figures.status() == ReferralStatus.AWAITING_CONCLUSIVE_GROUNDS) {
            awaitingConclusiveGrounds++;
        }
        WaitForConclusiveGrounds.add(untilConclusiveGrounds, referral, figures, asOf);
        windowCounts.add(figures.windows());
        addSupport(figures.support());
    }

    /** Joins a tally of the same group filled on another thread. */
    void addAll(CohortTally other) {
        referrals += other.referrals;
        withdrawn += other.withdrawn;
        reasonableGrounds.addAll(other.reasonableGrounds);
        reasonableGroundsDays.addAll(other.reasonableGroundsDays);
        reasonableGroundsWorkingDays.addAll(other.reasonableGroundsWorkingDays);
        conclusiveGrounds.addAll(other.conclusiveGrounds);
        conclusiveGroundsDaysFromReasonableGrounds.addAll(other.conclusiveGroundsDaysFromReasonableGrounds);
        conclusiveGroundsDaysFromReferral.addAll(other.conclusiveGroundsDaysFromReferral);
        untilConclusiveGrounds.addAll(other.untilConclusiveGrounds);
        awaitingConclusiveGrounds += other.awaitingConclusiveGrounds;
        windowCounts.addAll(other.windowCounts);
        supportEnded += other.supportEnded;
        supportEndedBeforeConclusiveDecision += other.supportEndedBeforeConclusiveDecision;
        supportDays.addAll(other.supportDays);
    }

    CohortGroup toGroup(Map<String, String> key, MinimumCellSize minimumCellSize) {
        if (minimumCellSize.suppresses(referrals)) {
            return CohortGroup.suppressed(key, windows);
        }
        Outcomes rg = reasonableGrounds.outcomes();
        Outcomes cg = conclusiveGrounds.outcomes();
        return new CohortGroup(key, false, referrals, withdrawn,
                new CohortGroup.ReasonableGrounds(rg.decided(), rg.positive(), rg.negative(), rg.positiveRate(),
                        reasonableGroundsDays.summary(), reasonableGroundsWorkingDays.summary()),
                new CohortGroup.ConclusiveGrounds(cg.decided(), cg.positive(), cg.negative(), cg.positiveRate(),
                        conclusiveGroundsDaysFromReasonableGrounds.summary(), conclusiveGroundsDaysFromReferral.summary(),
                        untilConclusiveGrounds.median()),
                awaitingConclusiveGrounds, windowCounts.figures(),
                new CohortGroup.Support(supportEnded, supportEndedBeforeConclusiveDecision, supportDays.summary()));
    }

    /** {@code ended} counts referrals with a closed support period; {@code days} takes every closed period. */
    private void addSupport(Timeline.Support support) {
        boolean ended = false;
        for (SupportPeriod period : support.periods()) {
            if (period.endedOn() != null) {
                supportDays.addIfKnown(period.days());
                ended = true;
            }
        }
        if (ended) {
            supportEnded++;
        }
        if (support.endedBeforeConclusiveDecision()) {
            supportEndedBeforeConclusiveDecision++;
        }
    }
}
