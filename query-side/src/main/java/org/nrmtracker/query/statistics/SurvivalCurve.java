package org.nrmtracker.query.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A Kaplan–Meier curve with every number as R's {@code survival::survfit(Surv(days, event) ~ 1)} reports it with its
 * defaults (survival 3.5; docs/api.md §5.4):
 * <ul>
 *   <li>{@code survival} is the product of {@code (atRisk - events) / atRisk} over the event times so far, events
 *       at a time counting before the censorings at it;</li>
 *   <li>Greenwood's variance of {@code log(survival)}, the sum of {@code events / (atRisk · (atRisk - events))},
 *       gives {@code se}; the bounds are {@code exp(log(survival) ∓ z·se)} ({@code conf.type = "log"}), the
 *       upper one capped at 1, both null (R: NA) where survival is 0;</li>
 *   <li>the median and its bounds are what {@code print(fit)} shows, its {@code survmean} reading the curve, the
 *       lower and the upper bound alike: the first time the curve is below one half (within R's
 *       {@code sqrt(.Machine$double.eps)}); if it is one half there and falls further later, the midpoint of that
 *       time and the first time it does; null (NA) if it never gets there.</li>
 * </ul>
 * The last rule differs from {@code quantile(fit, 0.5)}, which the cohorts' median follows, only on a curve that
 * stays at one half to its end: {@code print} takes the time it reached one half, {@code quantile} the midpoint
 * of that and the last time observed.
 */
record SurvivalCurve(long n, long events, BigDecimal median, BigDecimal medianLower95, BigDecimal medianUpper95,
                     List<SurvivalStep> steps) {

    static final double CONFIDENCE_LEVEL = 0.95;

    /** R's {@code qnorm(1 - (1 - 0.95) / 2)}, printed with 17 significant digits. */
    static final double Z = 1.9599639845400536;

    static final SurvivalCurve NONE = new SurvivalCurve(0, 0, null, null, null, List.of());

    static SurvivalCurve of(ObservedTimes observed, int size) {
        List<SurvivalStep> steps = new ArrayList<>(observed.times().length);
        double survival = 1.0;
        double greenwood = 0.0;
        long atRisk = size;
        long events = 0;
        for (int i = 0; i < observed.times().length; i++) {
            double dead = observed.events()[i];
            if (dead > 0) {
                // the very expressions of survfitkm.c, so that the doubles come out as R's do
                survival *= (atRisk - dead) / atRisk;
                greenwood += dead / (atRisk * (atRisk - dead));
            }
            steps.add(step(observed.times()[i], atRisk, observed.events()[i], observed.leaving()[i], survival,
                    Math.sqrt(greenwood)));
            events += observed.events()[i];
            atRisk -= observed.leaving()[i];
        }
        return new SurvivalCurve(size, events, median(steps, SurvivalStep::survival),
                median(steps, SurvivalStep::lower95), median(steps, SurvivalStep::upper95), List.copyOf(steps));
    }

    private static SurvivalStep step(long days, long atRisk, int events, int leaving, double survival, double se) {
        Double lower = null;
        Double upper = null;
        if (survival != 0) {
            double spread = Z * se;
            lower = Math.exp(Math.log(survival) - spread);
            upper = Math.min(Math.exp(Math.log(survival) + spread), 1.0);
        }
        return new SurvivalStep(days, atRisk, (long) events, (long) (leaving - events), survival, lower, upper);
    }

    /** R's {@code minmin} in {@code survmean}: NA values are passed over. */
    private static BigDecimal median(List<SurvivalStep> steps, Function<SurvivalStep, Double> curve) {
        for (int first = 0; first < steps.size(); first++) {
            Double value = curve.apply(steps.get(first));
            if (value == null || !(value < 0.5 + KaplanMeier.TOLERANCE)) {
                continue;
            }
            if (Math.abs(value - 0.5) < KaplanMeier.TOLERANCE) {
                for (int later = first + 1; later < steps.size(); later++) {
                    Double next = curve.apply(steps.get(later));
                    if (next != null && next < value) {
                        return Halves.midpoint(steps.get(first).days(), steps.get(later).days());
                    }
                }
            }
            return BigDecimal.valueOf(steps.get(first).days());
        }
        return null;
    }
}
