package org.nrmtracker.query.statistics;

import java.util.Arrays;

/**
 * Whole-day durations collected for one group, kept as primitives so that 200,000 of them stay cheap. Groups
 * filled on different threads are joined with {@link #addAll}.
 */
final class Durations {

    private int[] days = new int[8];
    private int size;

    void add(long day) {
        if (size == days.length) {
            days = Arrays.copyOf(days, size * 2);
        }
        days[size++] = Math.toIntExact(day);
    }

    /** Adds the value when there is one; timelines leave a duration null until it has happened. */
    void addIfKnown(Long day) {
        if (day != null) {
            add(day);
        }
    }

    void addAll(Durations other) {
        if (size + other.size > days.length) {
            days = Arrays.copyOf(days, Math.max(size + other.size, days.length * 2));
        }
        System.arraycopy(other.days, 0, days, size, other.size);
        size += other.size;
    }

    SummaryStatistics summary() {
        return SummaryStatistics.of(days, size);
    }
}
