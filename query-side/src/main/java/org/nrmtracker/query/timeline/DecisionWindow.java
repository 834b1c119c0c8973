package org.nrmtracker.query.timeline;

import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * A decision window (docs/api.md §4.1): a conclusive-grounds decision is looked for within {@code days} calendar
 * days of {@code S}, the first positive reasonable-grounds decision. The window ends on {@code S + days}: that day
 * is the last inside it, the next the first outside. Days are counted as {@code ChronoUnit.DAYS.between} counts
 * them, so a date is past the window when it is more than {@code days} days after {@code S}.
 * <p>
 * Timelines, statistics and the gauges all judge windows here; JSON shows a window as its number of days.
 */
public record DecisionWindow(@JsonValue int days) {

    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 3650;

    /** The 45- and 90-day windows support is framed in: answers use them when none are asked for, the gauges always. */
    public static final List<DecisionWindow> DEFAULT = listOf(45, 90);

    public DecisionWindow {
        if (days < MIN_DAYS || days > MAX_DAYS) {
            throw new IllegalArgumentException("A decision window is from %d to %d days, not %d"
                    .formatted(MIN_DAYS, MAX_DAYS, days));
        }
    }

    public static List<DecisionWindow> listOf(int... days) {
        return Arrays.stream(days).mapToObj(DecisionWindow::new).toList();
    }

    /** The last day inside the window that starts on {@code clockStart}. */
    public LocalDate endsOn(LocalDate clockStart) {
        return clockStart.plusDays(days);
    }

    /** Days from {@code date} to the end: 0 on the last day inside, negative once the window is past. */
    public long daysLeftOn(LocalDate clockStart, LocalDate date) {
        return ChronoUnit.DAYS.between(date, endsOn(clockStart));
    }

    /** Whether {@code date} falls after the window that starts on {@code clockStart}. */
    public boolean isPastOn(LocalDate clockStart, LocalDate date) {
        return isPastAfter(ChronoUnit.DAYS.between(clockStart, date));
    }

    /** Whether a day {@code daysFromStart} days after {@code S} falls after the window: figures need no end date. */
    public boolean isPastAfter(long daysFromStart) {
        return daysFromStart > days;
    }

    /**
     * The window's state on {@code asOf}.
     *
     * @param clockStart          {@code S}, or null when there is no positive reasonable-grounds decision
     * @param conclusiveDecidedOn the first conclusive-grounds decision dated on or before {@code asOf}, or null
     * @param withdrawn           whether a withdrawal is dated on or before {@code asOf}
     */
    public WindowState stateOn(LocalDate asOf, LocalDate clockStart, LocalDate conclusiveDecidedOn, boolean withdrawn) {
        return stateAfter(daysFrom(clockStart, conclusiveDecidedOn), withdrawn, daysFrom(clockStart, asOf));
    }

    /**
     * {@link #stateOn} told from days already counted from {@code S}, as timelines have them for every window.
     *
     * @param conclusiveAfter days from {@code S} to the first CG decision, null when there is none
     * @param asOfAfter       days from {@code S} to {@code asOf}, null when no clock started
     */
    WindowState stateAfter(Long conclusiveAfter, boolean withdrawn, Long asOfAfter) {
        if (asOfAfter == null) {
            // also when withdrawn without a positive decision: no clock ever ran, so there is nothing to be inapplicable
            return WindowState.NOT_STARTED;
        }
        if (conclusiveAfter != null) {
            return isPastAfter(conclusiveAfter) ? WindowState.MISSED : WindowState.MET;
        }
        if (withdrawn) {
            return WindowState.NOT_APPLICABLE; // withdrawal ends the wait for good, whether or not the end had passed
        }
        return isPastAfter(asOfAfter) ? WindowState.MISSED : WindowState.OPEN;
    }

    private static Long daysFrom(LocalDate clockStart, LocalDate date) {
        return clockStart == null || date == null ? null : ChronoUnit.DAYS.between(clockStart, date);
    }
}
