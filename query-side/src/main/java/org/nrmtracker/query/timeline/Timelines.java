package org.nrmtracker.query.timeline;

import org.nrmtracker.kernel.policy.RecoveryPeriodPolicy;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.ExploitationType;
import org.nrmtracker.query.calendar.OutsideCalendarRange;
import org.nrmtracker.query.calendar.WorkingDays;
import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.timeline.Timeline.ConclusiveGrounds;
import org.nrmtracker.query.timeline.Timeline.ReasonableGrounds;
import org.nrmtracker.query.timeline.Timeline.RecoveryPeriod;
import org.nrmtracker.query.timeline.Timeline.Window;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * Builds a referral's timeline as of a date (docs/api.md §4.1): the one place that says how decision times, windows,
 * the recovery period and support are read from the events. Statistics are aggregates of these timelines.
 * <p>
 * Everything is computed from the referral as in effect ({@link ReferralRecord#corrected()}): corrections applied,
 * retracted events left out; a retracted referral has status {@code RETRACTED} and nothing else to show but its
 * events. Events dated after {@code asOf} are ignored. Decision times use the first decision of a stage, outcomes the
 * latest. Every clock starts on {@code S}, the first positive reasonable-grounds decision. An {@code asOf} before
 * the referral date gives a timeline without events, as nothing had happened yet.
 */
@Component
public class Timelines {

    private static final Comparator<ExploitationType> BY_NAME = Comparator.comparing(ExploitationType::name);

    private final WorkingDays workingDays;
    private final RecoveryPeriodPolicy recoveryPeriods;

    public Timelines(WorkingDays workingDays, RecoveryPeriodPolicy recoveryPeriods) {
        this.workingDays = workingDays;
        this.recoveryPeriods = recoveryPeriods;
    }

    /** The {@code windows} parameter: {@link DecisionWindow#DEFAULT} when null, else validated and ascending. */
    public static List<DecisionWindow> parseWindows(String raw) {
        return WindowDays.parse(raw);
    }

    /**
     * @param windows the windows in the order the answer lists them ({@link DecisionWindow#DEFAULT} when null)
     * @throws OutsideCalendarRange when the working days to the first reasonable-grounds decision fall outside the
     *                              years the bank-holiday data covers
     */
    public Timeline of(ReferralRecord record, LocalDate asOf, List<DecisionWindow> windows) {
        ReferralRecord inEffect = record.corrected();
        HistoryAsOf history = HistoryAsOf.summaryOf(inEffect, asOf);
        return timeline(inEffect, asOf, windows, history, TimelineEvents.of(record, asOf),
                record.retracted() ? ReferralStatus.RETRACTED : status(history), record.personalDataErased());
    }

    /**
     * The same timeline as {@link #of} without its events, as {@link Timeline#withoutEvents()} gives it. For
     * statistics and list summaries, which never read the events: listing them (formatting every recordedAt)
     * was most of the cost of building a timeline for each of many referrals.
     */
    public Timeline summaryOf(ReferralRecord record, LocalDate asOf, List<DecisionWindow> windows) {
        ReferralRecord inEffect = record.corrected();
        HistoryAsOf history = HistoryAsOf.summaryOf(inEffect, asOf);
        return timeline(inEffect, asOf, windows, history, null,
                record.retracted() ? ReferralStatus.RETRACTED : status(history), record.personalDataErased());
    }

    /** The figures statistics read from {@link #summaryOf}'s timeline, without building it. */
    public TimelineFigures figuresOf(ReferralRecord recorded, LocalDate asOf, List<DecisionWindow> windows) {
        ReferralRecord record = recorded.corrected();
        HistoryAsOf history = HistoryAsOf.summaryOf(record, asOf);
        LocalDate clockStart = history.clockStart();
        ConclusiveGrounds conclusive = conclusiveGrounds(record, history, clockStart);
        List<DecisionWindow> asked = windows == null ? DecisionWindow.DEFAULT : windows;
        Long asOfAfter = days(clockStart, asOf);
        WindowState[] states = new WindowState[asked.size()];
        for (int i = 0; i < states.length; i++) {
            states[i] = asked.get(i).stateAfter(conclusive.daysFromReasonableGrounds(), history.withdrawnOn() != null,
                    asOfAfter);
        }
        return new TimelineFigures(status(history), reasonableGrounds(record, history), conclusive, clockStart,
                List.of(states), SupportHistory.asOf(record, asOf, conclusive.firstDecidedOn()));
    }

    /** Only the status, for filtering many referrals without building whole timelines. */
    public ReferralStatus statusOf(ReferralRecord record, LocalDate asOf) {
        return record.retracted() ? ReferralStatus.RETRACTED : status(HistoryAsOf.summaryOf(record.corrected(), asOf));
    }

    /**
     * The recovery period of {@link #of}'s timeline alone: for deadlines, which need neither the rest of the timeline
     * nor the working days it counts (and so never fail for dates outside the bank-holiday data).
     */
    public RecoveryPeriod recoveryPeriodOf(ReferralRecord record, LocalDate asOf) {
        HistoryAsOf history = HistoryAsOf.summaryOf(record, asOf);
        return recoveryPeriod(record, history.clockStart(), history.firstConclusiveDate());
    }

    /**
     * The next deadline of a referral awaiting CG on {@code asOf} ({@link NextDeadline}); null for any other status
     * (awaiting RG, no clock has started) or once every deadline has passed. Counts no working days.
     */
    public NextDeadline nextDeadlineOf(ReferralRecord record, LocalDate asOf, List<DecisionWindow> windows) {
        HistoryAsOf history = HistoryAsOf.summaryOf(record, asOf);
        if (status(history) != ReferralStatus.AWAITING_CONCLUSIVE_GROUNDS) {
            return null;
        }
        return NextDeadline.of(recoveryPeriod(record, history.clockStart(), history.firstConclusiveDate()), windows, asOf);
    }

    /** @param personalDataErased the referral's as recorded: an erasure stays in effect, even once it is retracted */
    private Timeline timeline(ReferralRecord record, LocalDate asOf, List<DecisionWindow> windows, HistoryAsOf history,
                              List<TimelineEvent> events, ReferralStatus status, boolean personalDataErased) {
        LocalDate clockStart = history.clockStart();
        ConclusiveGrounds conclusive = conclusiveGrounds(record, history, clockStart);
        LocalDate firstConclusive = conclusive.firstDecidedOn();
        return new Timeline(record.referralId(), record.referredOn(), record.jurisdiction(),
                // without subjectRef and organisation: only the caller's own provider sees them (the reference opened)
                record.firstResponderType(), null, null, record.ageAtExploitation(), record.gender(),
                record.nationalities(), sortedByName(record), record.exploitationLocation(), record.countyLines(),
                status, events, reasonableGrounds(record, history), conclusive,
                recoveryPeriod(record, clockStart, firstConclusive),
                windows(windows, clockStart, conclusive.daysFromReasonableGrounds(), history.withdrawnOn() != null,
                        asOf),
                SupportHistory.asOf(record, asOf, firstConclusive), personalDataErased ? true : null);
    }

    private static ReferralStatus status(HistoryAsOf history) {
        if (history.withdrawnOn() != null) {
            return ReferralStatus.WITHDRAWN;
        }
        DecisionOutcome reasonable = history.latestReasonableOutcome();
        if (reasonable == null) {
            return ReferralStatus.AWAITING_REASONABLE_GROUNDS;
        }
        if (reasonable == DecisionOutcome.NEGATIVE) {
            return ReferralStatus.NEGATIVE_REASONABLE_GROUNDS;
        }
        DecisionOutcome conclusive = history.latestConclusiveOutcome();
        if (conclusive == null) {
            return ReferralStatus.AWAITING_CONCLUSIVE_GROUNDS;
        }
        return conclusive == DecisionOutcome.POSITIVE
                ? ReferralStatus.POSITIVE_CONCLUSIVE_GROUNDS : ReferralStatus.NEGATIVE_CONCLUSIVE_GROUNDS;
    }

    private ReasonableGrounds reasonableGrounds(ReferralRecord record, HistoryAsOf history) {
        LocalDate first = history.firstReasonableDate();
        DecisionOutcome outcome = history.latestReasonableOutcome();
        if (first == null) {
            return new ReasonableGrounds(null, outcome, null, null);
        }
        return new ReasonableGrounds(first, outcome, days(record.referredOn(), first),
                workingDays.between(record.jurisdiction(), record.referredOn(), first));
    }

    private static ConclusiveGrounds conclusiveGrounds(ReferralRecord record, HistoryAsOf history, LocalDate clockStart) {
        LocalDate first = history.firstConclusiveDate();
        DecisionOutcome outcome = history.latestConclusiveOutcome();
        return new ConclusiveGrounds(first, outcome, days(clockStart, first), days(record.referredOn(), first));
    }

    /**
     * The minimum in force on {@code S} for the jurisdiction. Whether the conclusive decision came before the end
     * stays null until there is one (as the example of docs/api.md §4.1 shows for an expired period with none).
     */
    private RecoveryPeriod recoveryPeriod(ReferralRecord record, LocalDate clockStart, LocalDate firstConclusive) {
        if (clockStart == null) {
            return new RecoveryPeriod(null, null, null, null);
        }
        int minimumDays = recoveryPeriods.minimumDaysOn(record.jurisdiction(), clockStart);
        LocalDate endsOn = clockStart.plusDays(minimumDays);
        // decided before the end means fewer than the minimum days after S: DAYS.between(S, CG) < minimumDays
        Boolean beforeEnd = firstConclusive == null ? null : firstConclusive.isBefore(endsOn);
        return new RecoveryPeriod(clockStart, minimumDays, endsOn, beforeEnd);
    }

    /** The windows in the order asked for ({@link DecisionWindow#DEFAULT} when null). */
    private static List<Window> windows(List<DecisionWindow> windows, LocalDate clockStart, Long conclusiveAfter,
                                        boolean withdrawn, LocalDate asOf) {
        List<DecisionWindow> asked = windows == null ? DecisionWindow.DEFAULT : windows;
        Long asOfAfter = days(clockStart, asOf);
        Window[] shown = new Window[asked.size()];
        for (int i = 0; i < shown.length; i++) {
            DecisionWindow window = asked.get(i);
            shown[i] = new Window(window.days(), clockStart == null ? null : window.endsOn(clockStart),
                    window.stateAfter(conclusiveAfter, withdrawn, asOfAfter));
        }
        return List.of(shown);
    }

    private static List<ExploitationType> sortedByName(ReferralRecord record) {
        // most referrals have one type: no stream and sort for those
        if (record.exploitationTypes().size() == 1) {
            return List.of(record.exploitationTypes().iterator().next());
        }
        return record.exploitationTypes().stream().sorted(BY_NAME).toList();
    }

    private static Long days(LocalDate from, LocalDate to) {
        return from == null || to == null ? null : ChronoUnit.DAYS.between(from, to);
    }
}
