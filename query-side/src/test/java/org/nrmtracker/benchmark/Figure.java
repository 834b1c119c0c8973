package org.nrmtracker.benchmark;

/**
 * One line of the benchmark's report: what was measured, against which target, and the ratio of the two
 * (above 1 is better than the target, whichever way the target points).
 *
 * @param measured the figure as printed, with its unit
 * @param ratio    how many times better than the target (or than the baseline) it is; below 1 it missed
 */
record Figure(String name, String measured, String target, double ratio, String note) {

    boolean met() {
        return ratio >= 1;
    }

    /** For a figure where more is better (events/s). */
    static Figure atLeast(String name, double measured, double target, String unit, String note) {
        return new Figure(name, format(measured) + " " + unit, "≥ " + format(target) + " " + unit,
                measured / target, note);
    }

    /** For a figure where less is better (seconds, milliseconds). */
    static Figure atMost(String name, double measured, double target, String unit, String note) {
        return new Figure(name, format(measured) + " " + unit, "≤ " + format(target) + " " + unit,
                measured == 0 ? Double.POSITIVE_INFINITY : target / measured, note);
    }

    static String format(double value) {
        return value >= 100 ? String.format("%,.0f", value) : String.format("%.1f", value);
    }
}
