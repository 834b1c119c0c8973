package org.nrmtracker.query.statistics;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The Kaplan–Meier median of whole-day times with right censoring, as R's {@code survival} package
 * reports it ({@code quantile.survfit}, used by {@code print(survfit(...))}):
 * <ul>
 *   <li>at a time {@code t}, events count before censorings, so those censored at {@code t} are
 *       still at risk there;</li>
 *   <li>the median is the first event time where survival falls below one half;</li>
 *   <li>where survival equals one half from event time {@code t1} until the next event time
 *       {@code t2}, the median is {@code (t1 + t2) / 2}; if no event follows, R takes the last
 *       observed time instead of {@code t2};</li>
 *   <li>null when survival never reaches one half.</li>
 * </ul>
 * "Equals one half" is decided the way R decides it, within {@code sqrt(machine epsilon)}: products
 * such as 9/10 · 8/9 · 7/8 · 6/7 · 5/6 are exactly 1/2 but need not be in floating point, while the
 * double product's own error (about one ulp per factor, below 1e-12 for any real curve) is far
 * smaller than that tolerance, so every curve lands on the side of it that R lands on.
 */
final class KaplanMeier {

    /** R's default {@code tolerance = sqrt(.Machine$double.eps)}. */
    static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

    private long[] times = new long[8];
    private boolean[] censorings = new boolean[8];
    private int size;

    KaplanMeier event(long days) {
        return add(days, false);
    }

    KaplanMeier censored(long days) {
        return add(days, true);
    }

    void addAll(KaplanMeier other) {
        for (int i = 0; i < other.size; i++) {
            add(other.times[i], other.censorings[i]);
        }
    }

    /** The curve as {@code survfit} reports it, one step per distinct time, with the median {@code print} gives. */
    SurvivalCurve curve() {
        return size == 0 ? SurvivalCurve.NONE : SurvivalCurve.of(ObservedTimes.of(times, censorings, size), size);
    }

    BigDecimal median() {
        if (size == 0) {
            return null;
        }
        ObservedTimes curve = ObservedTimes.of(times, censorings, size);
        double survival = 1.0;
        int atRisk = size;
        Long halfFrom = null;
        for (int i = 0; i < curve.times().length; i++) {
            long time = curve.times()[i];
            int events = curve.events()[i];
            if (events > 0) {
                if (halfFrom != null) {
                    return Halves.midpoint(halfFrom, time);
                }
                survival *= (double) (atRisk - events) / atRisk;
                if (survival <= 0.5 - TOLERANCE) {
                    return BigDecimal.valueOf(time);
                }
                if (survival <= 0.5 + TOLERANCE) {
                    halfFrom = time;
                }
            }
            atRisk -= curve.leaving()[i];
        }
        return halfFrom == null ? null : Halves.midpoint(halfFrom, curve.times()[curve.times().length - 1]);
    }

    private KaplanMeier add(long days, boolean censored) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            censorings = Arrays.copyOf(censorings, size * 2);
        }
        times[size] = days;
        censorings[size++] = censored;
        return this;
    }
}
