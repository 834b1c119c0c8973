package org.nrmtracker.benchmark;

import java.util.Arrays;

/** Response times in nanoseconds, gathered by one thread at a time and merged; percentiles nearest-rank. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;

    void add(long value) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = value;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            add(other.nanos[i]);
        }
    }

    int count() {
        return count;
    }

    /** The value at 1-based rank ceil(p × n) in ascending order, in milliseconds; NaN when empty. */
    double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p * count);
        return sorted[Math.max(rank, 1) - 1] / 1e6;
    }

    String summary() {
        return String.format("n=%,d, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms", count,
                percentileMillis(0.5), percentileMillis(0.9), percentileMillis(0.99), percentileMillis(1));
    }
}
