package org.nrmtracker.query.timeline;

import org.nrmtracker.kernel.referral.ConclusiveGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralWithdrawn;
import org.nrmtracker.query.referral.ReferralRecordEvent;
import org.nrmtracker.query.referral.ReferralRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The events of a referral in effect on {@code asOf}: those dated on or before it, in recording order. Within a
 * stage, recording order is also date order (a new decision is not dated before the reconsideration request,
 * nor that before the decision it challenges), so the first decision recorded is the earliest.
 * <p>
 * Statistics build this for every referral, so the few facts a timeline reads are picked out in a single loop
 * over the events instead of one stream pass per question. It reads a referral as in effect
 * ({@link ReferralRecord#corrected()}); the events a timeline lists are {@link TimelineEvents}'.
 */
final class HistoryAsOf {

    private ReasonableGroundsDecisionRecorded firstReasonable;
    private ReasonableGroundsDecisionRecorded latestReasonable;
    private ReasonableGroundsDecisionRecorded firstPositiveReasonable;
    private ConclusiveGroundsDecisionRecorded firstConclusive;
    private ConclusiveGroundsDecisionRecorded latestConclusive;
    private ReferralWithdrawn firstWithdrawal;

    private HistoryAsOf() {
    }

    /** The decisions and withdrawal, as status, figures and summaries need. */
    static HistoryAsOf summaryOf(ReferralRecord record, LocalDate asOf) {
        return scan(record, asOf, new HistoryAsOf());
    }

    private static HistoryAsOf scan(ReferralRecord record, LocalDate asOf, HistoryAsOf history) {
        for (ReferralRecordEvent event : inRecordingOrder(record.events())) {
            if (!event.date().isAfter(asOf)) {
                history.take(event);
            }
        }
        return history;
    }

    private void take(ReferralRecordEvent recorded) {
        // the referral, reconsiderations and support do not decide the figures read from here
        ReferralEvent event = recorded.event();
        if (event instanceof ReasonableGroundsDecisionRecorded decision) {
            firstReasonable = firstReasonable == null ? decision : firstReasonable;
            latestReasonable = decision;
            if (firstPositiveReasonable == null && decision.outcome() == DecisionOutcome.POSITIVE) {
                firstPositiveReasonable = decision;
            }
        } else if (event instanceof ConclusiveGroundsDecisionRecorded decision) {
            firstConclusive = firstConclusive == null ? decision : firstConclusive;
            latestConclusive = decision;
        } else if (event instanceof ReferralWithdrawn withdrawal) {
            firstWithdrawal = firstWithdrawal == null ? withdrawal : firstWithdrawal;
        }
    }

    /**
     * The events sorted by sequence. Records are kept in that order already (the folding sorts them), so this
     * only checks and copies when they are not, sparing a sorted copy per referral.
     */
    static List<ReferralRecordEvent> inRecordingOrder(List<ReferralRecordEvent> events) {
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i - 1).sequence() > events.get(i).sequence()) {
                List<ReferralRecordEvent> sorted = new ArrayList<>(events);
                sorted.sort(Comparator.comparingLong(ReferralRecordEvent::sequence));
                return sorted;
            }
        }
        return events;
    }

    /** The first reasonable-grounds decision's date, or null. */
    LocalDate firstReasonableDate() {
        return firstReasonable == null ? null : firstReasonable.decidedOn();
    }

    /** The latest reasonable-grounds outcome, or null. */
    DecisionOutcome latestReasonableOutcome() {
        return latestReasonable == null ? null : latestReasonable.outcome();
    }

    /** The first positive reasonable-grounds decision's date: {@code S}, the date every clock starts on, or null. */
    LocalDate clockStart() {
        return firstPositiveReasonable == null ? null : firstPositiveReasonable.decidedOn();
    }

    LocalDate firstConclusiveDate() {
        return firstConclusive == null ? null : firstConclusive.decidedOn();
    }

    DecisionOutcome latestConclusiveOutcome() {
        return latestConclusive == null ? null : latestConclusive.outcome();
    }

    /** The first withdrawal's date, or null when not withdrawn. */
    LocalDate withdrawnOn() {
        return firstWithdrawal == null ? null : firstWithdrawal.withdrawnOn();
    }
}
