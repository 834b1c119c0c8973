package org.nrmtracker.query.metrics;

import java.util.List;

/** Median, 90th percentile (nearest rank, as the statistics endpoints) and maximum of waits in days; NaN when none. */
record WaitStatistics(double median, double p90, double max) {

    static WaitStatistics of(List<Long> days) {
        if (days.isEmpty()) {
            return new WaitStatistics(Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = days.stream().mapToLong(Long::longValue).sorted().toArray();
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        long p90 = sorted[(int) Math.ceil(0.9 * n) - 1];
        return new WaitStatistics(median, p90, sorted[n - 1]);
    }

    double get(String statistic) {
        return switch (statistic) {
            case "median" -> median;
            case "p90" -> p90;
            case "max" -> max;
            default -> throw new IllegalArgumentException("Unknown statistic " + statistic);
        };
    }
}
