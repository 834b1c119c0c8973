package org.nrmtracker.query.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * docs/api.md §5 summary of whole-day durations. With {@code n = 0} every figure but {@code n} is null;
 * in a suppressed group all of them are. {@code median} is a whole or half day, so it is exact.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record SummaryStatistics(Long n, Double mean, BigDecimal median, Long p90, Long min, Long max) {

    static final SummaryStatistics SUPPRESSED = new SummaryStatistics(null, null, null, null, null, null);

    private static final SummaryStatistics NONE = new SummaryStatistics(0L, null, null, null, null, null);

    static SummaryStatistics of(int... days) {
        return of(days, days.length);
    }

    /** Summarises the first {@code count} values of {@code days}, which it leaves unchanged. */
    static SummaryStatistics of(int[] days, int count) {
        if (count == 0) {
            return NONE;
        }
        long sum = 0;
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < count; i++) {
            sum += days[i];
            min = Math.min(min, days[i]);
            max = Math.max(max, days[i]);
        }
        Ranked ranked = Ranked.of(days, count, min, max);
        BigDecimal median = count % 2 == 1
                ? BigDecimal.valueOf(ranked.at(count / 2 + 1))
                : Halves.midpoint(ranked.at(count / 2), ranked.at(count / 2 + 1));
        // nearest rank: 1-based position ceil(0.9 n), in integers so that no rounding can move it
        int p90Rank = (9 * count + 9) / 10;
        return new SummaryStatistics((long) count, (double) sum / count, median, (long) ranked.at(p90Rank),
                (long) min, (long) max);
    }

    /**
     * The values by 1-based rank in ascending order. Days span a few thousand at most, so they are usually
     * counted per day (linear time) rather than sorted; a sparse spread is sorted instead.
     */
    private interface Ranked {

        int at(int rank);

        static Ranked of(int[] days, int count, int min, int max) {
            long span = (long) max - min + 1;
            if (span > 4L * count + 1024) {
                int[] sorted = Arrays.copyOf(days, count);
                Arrays.sort(sorted);
                return rank -> sorted[rank - 1];
            }
            int[] perDay = new int[(int) span];
            for (int i = 0; i < count; i++) {
                perDay[days[i] - min]++;
            }
            return rank -> {
                int seen = 0;
                for (int day = 0; ; day++) {
                    seen += perDay[day];
                    if (seen >= rank) {
                        return min + day;
                    }
                }
            };
        }
    }
}
