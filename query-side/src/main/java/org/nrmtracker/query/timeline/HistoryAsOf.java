package org.nrmtracker.query.timeline;

import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.query.referral.RecordedFact;
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
 * over the events instead of one stream pass per question, and the list of events is only kept when asked for.
 */
final class HistoryAsOf {

    /** Null when built for a summary, which shows no events. */
    private final List<RecordedFact> events;
    private RecordedFact firstReasonable;
    private RecordedFact latestReasonable;
    private RecordedFact firstPositiveReasonable;
    private RecordedFact firstConclusive;
    private RecordedFact latestConclusive;
    private RecordedFact firstWithdrawal;

    private HistoryAsOf(List<RecordedFact> events) {
        this.events = events;
    }

    /** With the events, for a timeline that shows them. */
    static HistoryAsOf of(ReferralRecord record, LocalDate asOf) {
        return scan(record, asOf, new HistoryAsOf(new ArrayList<>(record.events().size())));
    }

    /** Without the events: only the decisions and withdrawal, as status and summaries need. */
    static HistoryAsOf summaryOf(ReferralRecord record, LocalDate asOf) {
        return scan(record, asOf, new HistoryAsOf(null));
    }

    private static HistoryAsOf scan(ReferralRecord record, LocalDate asOf, HistoryAsOf history) {
        for (RecordedFact event : inRecordingOrder(record.events())) {
            if (!event.date().isAfter(asOf)) {
                history.take(event);
            }
        }
        return history;
    }

    private void take(RecordedFact event) {
        if (events != null) {
            events.add(event);
        }
        switch (event.type()) {
            case REASONABLE_GROUNDS_DECISION -> {
                firstReasonable = firstReasonable == null ? event : firstReasonable;
                latestReasonable = event;
                if (firstPositiveReasonable == null && event.outcome() == DecisionOutcome.POSITIVE) {
                    firstPositiveReasonable = event;
                }
            }
            case CONCLUSIVE_GROUNDS_DECISION -> {
                firstConclusive = firstConclusive == null ? event : firstConclusive;
                latestConclusive = event;
            }
            case WITHDRAWN -> firstWithdrawal = firstWithdrawal == null ? event : firstWithdrawal;
            default -> {
                // referral, reconsiderations and support do not decide the timeline's figures read from here
            }
        }
    }

    /**
     * The events sorted by sequence. Records are kept in that order already (the folding sorts them), so this
     * only checks and copies when they are not, sparing a sorted copy per referral.
     */
    static List<RecordedFact> inRecordingOrder(List<RecordedFact> events) {
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i - 1).sequence() > events.get(i).sequence()) {
                List<RecordedFact> sorted = new ArrayList<>(events);
                sorted.sort(Comparator.comparingLong(RecordedFact::sequence));
                return sorted;
            }
        }
        return events;
    }

    /** Null when built by {@link #summaryOf}. */
    List<RecordedFact> events() {
        return events;
    }

    /** The first reasonable-grounds decision's date, or null. */
    LocalDate firstReasonableDate() {
        return dateOf(firstReasonable);
    }

    /** The latest reasonable-grounds outcome, or null. */
    DecisionOutcome latestReasonableOutcome() {
        return outcomeOf(latestReasonable);
    }

    /** The first positive reasonable-grounds decision's date: {@code S}, the date every clock starts on, or null. */
    LocalDate clockStart() {
        return dateOf(firstPositiveReasonable);
    }

    LocalDate firstConclusiveDate() {
        return dateOf(firstConclusive);
    }

    DecisionOutcome latestConclusiveOutcome() {
        return outcomeOf(latestConclusive);
    }

    /** The first withdrawal's date, or null when not withdrawn. */
    LocalDate withdrawnOn() {
        return dateOf(firstWithdrawal);
    }

    private static LocalDate dateOf(RecordedFact event) {
        return event == null ? null : event.date();
    }

    private static DecisionOutcome outcomeOf(RecordedFact event) {
        return event == null ? null : event.outcome();
    }
}
