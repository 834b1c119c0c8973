package org.nrmtracker.query.timeline;

import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.SupportEndReason;
import org.nrmtracker.kernel.referral.SupportEnded;
import org.nrmtracker.kernel.referral.SupportStarted;
import org.nrmtracker.query.referral.ReferralRecordEvent;
import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.timeline.Timeline.Support;
import org.nrmtracker.query.timeline.Timeline.SupportPeriod;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Support periods opened and closed the way the write side does it (docs/api.md §2): {@code SUPPORT_STARTED} opens a
 * period; where none was recorded before it, the positive reasonable-grounds decision opens one implicitly on its
 * date (the recovery period); {@code SUPPORT_ENDED} closes the open one.
 * <p>
 * Periods are found from the whole stream in recording order, then seen as of {@code asOf}: a period starting
 * after it is left out, one ending after it is still open. This equals replaying only the events dated on or
 * before {@code asOf} except in one case: a {@code SUPPORT_STARTED} recorded before the positive decision but
 * dated after {@code asOf}. Replaying would then show an implicit period the full history never had, which would
 * vanish again once {@code asOf} reaches the start; the provider's own record says support began later.
 */
final class SupportHistory {

    /** Most referrals have no support period yet: they share one answer rather than each getting its own. */
    private static final Support NONE = new Support(List.of(), null, false);

    /** The periods as of {@code asOf}, in one loop: statistics ask this of every referral. */
    static Support asOf(ReferralRecord record, LocalDate asOf, LocalDate firstConclusiveDecision) {
        List<SupportPeriod> recorded = recorded(record);
        if (recorded.isEmpty()) {
            return NONE;
        }
        List<SupportPeriod> periods = new ArrayList<>(recorded.size());
        long totalDays = 0;
        boolean anyClosed = false;
        boolean endedBeforeConclusiveDecision = false;
        for (SupportPeriod period : recorded) {
            if (period.startedOn().isAfter(asOf)) {
                continue;
            }
            SupportPeriod seen = period.endedOn() != null && period.endedOn().isAfter(asOf) ? reopened(period) : period;
            periods.add(seen);
            if (seen.endedOn() != null) {
                anyClosed = true;
                totalDays += seen.days();
                // support ended while the conclusive decision was still pending: none dated on or before the end
                endedBeforeConclusiveDecision |= firstConclusiveDecision == null
                        || firstConclusiveDecision.isAfter(seen.endedOn());
            }
        }
        return new Support(Collections.unmodifiableList(periods), anyClosed ? totalDays : null,
                endedBeforeConclusiveDecision);
    }

    private static List<SupportPeriod> recorded(ReferralRecord record) {
        List<SupportPeriod> periods = new ArrayList<>(2);
        SupportPeriod open = null;
        boolean startRecorded = false;
        boolean implicitOpened = false;
        for (ReferralRecordEvent recorded : HistoryAsOf.inRecordingOrder(record.events())) {
            // decisions of the other stage, reconsiderations and withdrawal do not open or close support
            ReferralEvent event = recorded.event();
            if (event instanceof SupportStarted started) {
                if (open == null) { // the write side refuses a second open period
                    open = new SupportPeriod(started.startedOn(), null, null, null, false);
                }
                startRecorded = true;
            } else if (event instanceof ReasonableGroundsDecisionRecorded decision) {
                if (decision.outcome() == DecisionOutcome.POSITIVE && !startRecorded && !implicitOpened && open == null) {
                    open = new SupportPeriod(decision.decidedOn(), null, null, null, true);
                    implicitOpened = true;
                }
            } else if (event instanceof SupportEnded ended && open != null) {
                periods.add(closed(open, ended.endedOn(), ended.reason()));
                open = null;
            }
        }
        if (open != null) {
            periods.add(open);
        }
        return periods;
    }

    private static SupportPeriod closed(SupportPeriod open, LocalDate endedOn, SupportEndReason reason) {
        return new SupportPeriod(open.startedOn(), endedOn, ChronoUnit.DAYS.between(open.startedOn(), endedOn), reason,
                open.implicit());
    }

    private static SupportPeriod reopened(SupportPeriod period) {
        return new SupportPeriod(period.startedOn(), null, null, null, period.implicit());
    }

    private SupportHistory() {
    }
}
