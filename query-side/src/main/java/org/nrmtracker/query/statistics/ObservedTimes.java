package org.nrmtracker.query.statistics;

import java.util.Arrays;

/**
 * The distinct observed times of a Kaplan–Meier curve in ascending order, with the events at each and how many
 * leave the risk set after it (events and censorings). Days span a few thousand at most, so they are counted
 * per day rather than sorted, unless the spread is sparse.
 */
record ObservedTimes(long[] times, int[] events, int[] leaving) {

    static ObservedTimes of(long[] times, boolean[] censorings, int size) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            min = Math.min(min, times[i]);
            max = Math.max(max, times[i]);
        }
        if (max - min + 1 > 4L * size + 1024) {
            return sorted(times, censorings, size);
        }
        int span = (int) (max - min + 1);
        int[] eventsPerDay = new int[span];
        int[] leavingPerDay = new int[span];
        for (int i = 0; i < size; i++) {
            int day = (int) (times[i] - min);
            leavingPerDay[day]++;
            if (!censorings[i]) {
                eventsPerDay[day]++;
            }
        }
        int distinct = 0;
        for (int count : leavingPerDay) {
            distinct += count > 0 ? 1 : 0;
        }
        ObservedTimes curve = new ObservedTimes(new long[distinct], new int[distinct], new int[distinct]);
        for (int day = 0, i = 0; day < span; day++) {
            if (leavingPerDay[day] > 0) {
                curve.times[i] = min + day;
                curve.events[i] = eventsPerDay[day];
                curve.leaving[i++] = leavingPerDay[day];
            }
        }
        return curve;
    }

    private static ObservedTimes sorted(long[] times, boolean[] censorings, int size) {
        long[] observations = new long[size];
        for (int i = 0; i < size; i++) {
            observations[i] = times[i] << 1 | (censorings[i] ? 1 : 0);
        }
        Arrays.sort(observations);
        long[] distinctTimes = new long[size];
        int[] events = new int[size];
        int[] leaving = new int[size];
        int distinct = -1;
        for (int i = 0; i < size; i++) {
            long time = observations[i] >> 1;
            if (distinct < 0 || distinctTimes[distinct] != time) {
                distinctTimes[++distinct] = time;
            }
            leaving[distinct]++;
            events[distinct] += (observations[i] & 1) == 0 ? 1 : 0;
        }
        return new ObservedTimes(Arrays.copyOf(distinctTimes, distinct + 1), Arrays.copyOf(events, distinct + 1),
                Arrays.copyOf(leaving, distinct + 1));
    }
}
