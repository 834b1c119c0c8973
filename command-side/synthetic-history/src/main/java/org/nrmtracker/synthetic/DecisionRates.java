package org.nrmtracker.synthetic;

import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.DecisionStage;

import java.util.HashMap;
import java.util.Map;

/**
 * The chance that a decision of a stage, made in a quarter, on a referral of an age, is positive: the published
 * rate of that quarter and age (2014-2023); after 2023 the bulletin's overall rate, shared out between the ages
 * with the odds ratios of 2023 and the ages of the cases waiting; before 2014 the early published rates.
 */
final class DecisionRates {

    /** RG: 301 of 432 decided in 2009 positive (Hansard, docs/domain.md §2), 88% in 2014: interpolated. */
    private static final double RG_2009 = 0.70;
    private static final double RG_2014 = 0.88;
    /** CG: 61% positive in 2014, the first year of the tables; no earlier rate is published. */
    private static final double CG_BEFORE_2014 = 0.61;
    /** More than 70% of reconsidered decisions were overturned to positive in 2024 (docs/domain.md §1.8). */
    static final double RECONSIDERED = 0.70;

    private final PublishedTables tables;
    private final Map<String, double[]> later = new HashMap<>();

    DecisionRates(PublishedTables tables) {
        this.tables = tables;
    }

    double positive(DecisionStage stage, Quarter quarter, AgeAtExploitation age) {
        int[][] byAge = tables.decisionsByAge(stage, quarter);
        if (byAge != null) {
            int[] ofAge = byAge[age.ordinal()];
            if (ofAge[0] > 0) {
                return (double) ofAge[1] / ofAge[0];
            }
            int total = 0;
            int positive = 0;
            for (int[] counts : byAge) {
                total += counts[0];
                positive += counts[1];
            }
            return total == 0 ? 0.8 : (double) positive / total;
        }
        if (quarter.isAfter(tables.lastTableQuarter())) {
            return later.computeIfAbsent(stage + " " + quarter, key -> laterRates(stage, quarter, null))[age.ordinal()];
        }
        if (stage == DecisionStage.CONCLUSIVE_GROUNDS) {
            return CG_BEFORE_2014;
        }
        double years = quarter.year() - 2009 + (quarter.number() - 1) / 4.0;
        return RG_2009 + (RG_2014 - RG_2009) * Math.min(1, years / 5);
    }

    /**
     * Fixes the rates by age of a quarter after the tables so that, for cases of these ages (weights per age),
     * the overall rate is the published one.
     */
    void weigh(DecisionStage stage, Quarter quarter, double[] ages) {
        later.put(stage + " " + quarter, laterRates(stage, quarter, ages));
    }

    private double[] laterRates(DecisionStage stage, Quarter quarter, double[] ages) {
        double target = tables.decisionTotal(stage, quarter)[1];
        int[][] base = tables.decisionsOfYear(stage, tables.lastTableQuarter().year());
        double[] weights = new double[base.length];
        for (int a = 0; a < base.length; a++) {
            weights[a] = ages == null ? base[a][0] : ages[a];
        }
        double low = -10;
        double high = 10;
        for (int i = 0; i < 60; i++) {
            double shift = (low + high) / 2;
            if (weightedRate(base, weights, shift) < target) {
                low = shift;
            } else {
                high = shift;
            }
        }
        double shift = (low + high) / 2;
        double[] rates = new double[base.length];
        for (int a = 0; a < base.length; a++) {
            rates[a] = shifted(base[a], shift);
        }
        return rates;
    }

    private static double weightedRate(int[][] base, double[] weights, double shift) {
        double positive = 0;
        double total = 0;
        for (int a = 0; a < base.length; a++) {
            positive += weights[a] * shifted(base[a], shift);
            total += weights[a];
        }
        return total == 0 ? 0 : positive / total;
    }

    private static double shifted(int[] counts, double shift) {
        double p = (counts[1] + 0.5) / (counts[0] + 1.0);
        double logit = StrictMath.log(p / (1 - p)) + shift;
        return 1 / (1 + StrictMath.exp(-logit));
    }
}
