package org.nrmtracker.benchmark;

import java.util.Arrays;

/**
 * Cohort statistics (docs/api.md §5.1) by referral quarter × age, over every referral the query side holds, timed over
 * HTTP as an analyst would see it: a few rounds to warm up, then the median of fifteen.
 */
final class CohortRun {

    private static final String PATH = "/api/v1/statistics/referral-cohorts?groupBy=REFERRAL_QUARTER,AGE_AT_EXPLOITATION";

    static Figure run(Api analyst, int referrals) throws Exception {
        for (int i = 0; i < 5; i++) {
            analyst.get(PATH);
        }
        double[] millis = new double[15];
        for (int i = 0; i < millis.length; i++) {
            long started = System.nanoTime();
            int status = analyst.get(PATH).statusCode();
            millis[i] = (System.nanoTime() - started) / 1e6;
            if (status != 200) {
                throw new IllegalStateException("Cohort statistics answered " + status);
            }
        }
        Arrays.sort(millis);
        Benchmark.say("Cohort statistics over %,d referrals: median %.0f ms (min %.0f, max %.0f)", referrals,
                millis[7], millis[0], millis[14]);
        return Figure.atMost(String.format("cohort statistics over %,d referrals by quarter × age, median over HTTP",
                referrals), millis[7], 200, "ms", String.format("min %.0f ms, max %.0f ms", millis[0], millis[14]));
    }
}
