package org.nrmtracker.synthetic;

import org.nrmtracker.kernel.referral.ConclusiveGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.ReferralWithdrawn;
import org.nrmtracker.kernel.referral.SupportEndReason;
import org.nrmtracker.kernel.referral.SupportEnded;
import org.nrmtracker.kernel.referral.SupportKind;
import org.nrmtracker.kernel.referral.SupportStarted;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.nrmtracker.synthetic.Case.NEVER;

/**
 * Turns a case's support plan into SUPPORT_STARTED and SUPPORT_ENDED events around its decisions, keeping the
 * write rules (docs/api.md §2): at most one open period; the positive RG decision opens one implicitly when no
 * SUPPORT_STARTED came before it; nothing after a withdrawal or after the as-of date. Periods end with the
 * move-on period after a positive CG decision (14 days, 45 from February 2019, more with a recovery needs
 * assessment), a few days after a negative decision, on withdrawal, or earlier for some (lost contact...).
 */
final class SupportJourney {

    private static final LocalDate MOVE_ON_45_DAYS = LocalDate.of(2019, 2, 1);
    private static final LocalDate RECOVERY_NEEDS_ASSESSMENTS = LocalDate.of(2019, 9, 27);
    /** Support ended 2 days ("48 hours") after a negative decision, 9 days in later guidance. */
    private static final LocalDate NINE_DAYS_AFTER_NEGATIVE = LocalDate.of(2019, 4, 29);

    private final Case subject;
    private final SupportPlan plan;
    private final int asOf;
    private final List<ReferralEvent> support = new ArrayList<>();
    private final List<Integer> days = new ArrayList<>();
    private int openSince = NEVER;
    private boolean startRecorded;
    private int lastEnd = Integer.MIN_VALUE;

    private SupportJourney(Case subject, int asOf) {
        this.subject = subject;
        this.plan = subject.support;
        this.asOf = asOf;
    }

    /** The case's whole history: its recorded events with the support events merged in, in date order. */
    static List<ReferralEvent> history(Case subject, LocalDate asOf) {
        SupportJourney journey = new SupportJourney(subject, (int) asOf.toEpochDay());
        journey.plan();
        return journey.merged();
    }

    private void plan() {
        int firstRg = NEVER;
        DecisionOutcome firstRgOutcome = null;
        int positiveRg = NEVER;
        int firstCg = NEVER;
        DecisionOutcome firstCgOutcome = null;
        int withdrawn = NEVER;
        for (ReferralEvent event : subject.events) {
            if (event instanceof ReasonableGroundsDecisionRecorded rg) {
                int day = day(rg.decidedOn());
                if (firstRg == NEVER) {
                    firstRg = day;
                    firstRgOutcome = rg.outcome();
                }
                if (rg.outcome() == DecisionOutcome.POSITIVE) {
                    positiveRg = day;
                }
            } else if (event instanceof ConclusiveGroundsDecisionRecorded cg && firstCg == NEVER) {
                firstCg = day(cg.decidedOn());
                firstCgOutcome = cg.outcome();
            } else if (event instanceof ReferralWithdrawn withdrawal) {
                withdrawn = day(withdrawal.withdrawnOn());
            }
        }
        // support can change until the day before a withdrawal, which itself ends any open period
        int until = Math.min(asOf, withdrawn == NEVER ? NEVER : withdrawn - 1);

        int earlyStart = subject.referredOn + plan.earlyAfter();
        if (plan.early() && earlyStart < firstRg && earlyStart <= until) {
            start(earlyStart, plan.earlyKind());
            if (firstRgOutcome == DecisionOutcome.NEGATIVE) {
                end(firstRg + plan.endAfterNegative(), SupportEndReason.NEGATIVE_DECISION, until);
            }
        }
        if (positiveRg != NEVER) {
            if (!startRecorded) {
                openSince = positiveRg; // the recovery period opens implicitly: nothing is recorded
            } else if (openSince == NEVER && plan.restart()) {
                int restart = Math.max(positiveRg + plan.restartAfter(), lastEnd);
                if (restart < firstCg) {
                    start(restart, plan.restartKind(), until);
                }
            }
        }
        if (openSince != NEVER && positiveRg != NEVER && plan.dropout()) {
            int dropout = Math.max(openSince, positiveRg) + plan.dropoutAfter();
            if (dropout < firstCg && end(dropout, plan.dropoutReason(), until) && plan.reentry()) {
                int reentry = dropout + plan.reentryAfter();
                if (reentry < firstCg) {
                    start(reentry, plan.reentryKind(), until);
                }
            }
        }
        if (withdrawn != NEVER && openSince != NEVER && withdrawn <= asOf) {
            end(withdrawn, SupportEndReason.WITHDREW, asOf);
        }
        if (firstCg != NEVER && openSince != NEVER) {
            LocalDate decided = LocalDate.ofEpochDay(firstCg);
            if (firstCgOutcome == DecisionOutcome.POSITIVE) {
                int moveOn = decided.isBefore(MOVE_ON_45_DAYS) ? 14 : 45;
                int assessed = decided.isBefore(RECOVERY_NEEDS_ASSESSMENTS) ? 0 : plan.rnaExtension();
                end(firstCg + moveOn + assessed, SupportEndReason.MOVED_ON, asOf);
            } else {
                end(firstCg + (decided.isBefore(NINE_DAYS_AFTER_NEGATIVE) ? 2 : 9),
                        SupportEndReason.NEGATIVE_DECISION, asOf);
            }
        }
    }

    private void start(int day, SupportKind kind) {
        start(day, kind, asOf);
    }

    private void start(int day, SupportKind kind, int until) {
        if (openSince != NEVER || day > until || day < lastEnd) {
            return;
        }
        add(day, new SupportStarted(id(), LocalDate.ofEpochDay(day), kind));
        openSince = day;
        startRecorded = true;
    }

    /** @return whether the period ended (it does not when the day is past {@code until}) */
    private boolean end(int day, SupportEndReason reason, int until) {
        if (openSince == NEVER || day > until || day < openSince) {
            return false;
        }
        add(day, new SupportEnded(id(), LocalDate.ofEpochDay(day), reason));
        openSince = NEVER;
        lastEnd = day;
        return true;
    }

    private void add(int day, ReferralEvent event) {
        // support events are planned in date order, except that a plan may put one before the last
        int at = days.size();
        while (at > 0 && days.get(at - 1) > day) {
            at--;
        }
        days.add(at, day);
        support.add(at, event);
    }

    /**
     * The case's events and the support events in date order. On the same day the case's own events come first
     * (a support period starting on the day of the positive RG decision follows it), except a withdrawal, which
     * is always last: after it nothing may be recorded.
     */
    private List<ReferralEvent> merged() {
        List<ReferralEvent> history = new ArrayList<>(subject.events.size() + support.size());
        int next = 0;
        for (ReferralEvent event : subject.events) {
            int day = dayOf(event);
            boolean last = event instanceof ReferralWithdrawn;
            while (next < support.size() && (days.get(next) < day || last && days.get(next) == day)) {
                history.add(support.get(next++));
            }
            history.add(event);
        }
        history.addAll(support.subList(next, support.size()));
        return history;
    }

    private ReferralId id() {
        return subject.referral.referralId();
    }

    static int dayOf(ReferralEvent event) {
        return day(EventDates.dateOf(event));
    }

    private static int day(LocalDate date) {
        return (int) date.toEpochDay();
    }
}
