package org.nrmtracker.synthetic;

import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.ExploitationLocation;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Nationalities by year, and the female share that goes with them. The year's shares of all referrals are those
 * of {@link NationalityAnchors}. Nationality also depends on where the exploitation took place and on age (UK
 * nationals are mostly children exploited in the UK, Eritrean and Sudanese nationals mostly adults exploited on
 * the way, in Libya), so each (age, location) cell has its own distribution; iterative proportional fitting keeps
 * the year's overall shares on the anchors.
 */
final class NationalityShares {

    private static final String UK = NationalityAnchors.UK;
    private static final String[] CODES = NationalityAnchors.CODES;
    /** Referred on a route through Libya and the Mediterranean, or from the Middle East: overseas, adult, male. */
    private static final List<String> ON_ROUTE = List.of("ERI", "SDN", "SOM", "ETH", "AFG", "IRN", "IRQ", "EGY",
            "SYR", "KWT", "YEM", "TCD");
    /** Often exploited on the way and in the UK. */
    private static final List<String> ALBANIA_VIETNAM = List.of("ALB", "VNM");
    /** Mostly women (sexual exploitation, domestic servitude). */
    private static final List<String> MOSTLY_WOMEN = List.of("NGA", "ROU", "CHN", "PHL", "THA", "HUN", "SVK", "CZE",
            "BGR", "MYS", "BRA", "UGA", "GHA", "JAM", "LTU", "POL");

    /** Female share of referrals by year (the bulletins' female and male shares, docs/domain.md §2), interpolated. */
    private static final int[] FEMALE_YEARS = {2014, 2016, 2017, 2020, 2021, 2022, 2023, 2024};
    private static final double[] FEMALE_SHARES = {.61, .51, .48, .26, .23, .21, .24, .26};

    /** Conditional distribution, [age][location][code]. */
    private final double[][][] byCell;
    /** Log-odds offset that brings the year's female share onto its published value. */
    private final double femaleOffset;

    /** @param cells the year's expected referrals, [age][location] */
    NationalityShares(int year, double[][] cells) {
        double[] target = NationalityAnchors.sharesOf(year);
        byCell = fit(target, cells);
        femaleOffset = femaleOffset(interpolate(FEMALE_YEARS, FEMALE_SHARES, year), cells);
    }

    String draw(SplittableRandom random, AgeAtExploitation age, ExploitationLocation location) {
        return CODES[Draws.weighted(random, byCell[age.ordinal()][location.ordinal()])];
    }

    /** Probability that a referral of this nationality and age is of a woman or girl. */
    double femaleProbability(String code, AgeAtExploitation age) {
        return sigmoid(femaleOffset + femaleLogOdds(code, age));
    }

    private double femaleOffset(double targetShare, double[][] cells) {
        double low = -8;
        double high = 8;
        for (int i = 0; i < 60; i++) {
            double middle = (low + high) / 2;
            if (expectedFemaleShare(middle, cells) < targetShare) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }

    private double expectedFemaleShare(double offset, double[][] cells) {
        double female = 0;
        double total = 0;
        for (AgeAtExploitation age : PublishedTables.AGES) {
            for (ExploitationLocation location : PublishedTables.LOCATIONS) {
                double weight = cells[age.ordinal()][location.ordinal()];
                double[] shares = byCell[age.ordinal()][location.ordinal()];
                double sum = Arrays.stream(shares).sum();
                for (int n = 0; n < CODES.length; n++) {
                    female += weight * shares[n] / sum * sigmoid(offset + femaleLogOdds(CODES[n], age));
                }
                total += weight;
            }
        }
        return female / total;
    }

    private static double femaleLogOdds(String code, AgeAtExploitation age) {
        double odds = code.equals(UK) || ALBANIA_VIETNAM.contains(code) ? 1.0
                : ON_ROUTE.contains(code) ? 0.15 : MOSTLY_WOMEN.contains(code) ? 3.0 : 1.0;
        return StrictMath.log(odds * (age == AgeAtExploitation.CHILD ? 0.7 : 1.0));
    }

    /** P(code | age, location) proportional to m(code) x affinity, with m fitted so the year's shares are met. */
    private static double[][][] fit(double[] target, double[][] cells) {
        double total = PublishedTables.sum(cells);
        double[] multiplier = target.clone();
        double[][][] conditional = new double[PublishedTables.AGES.length][PublishedTables.LOCATIONS.length][];
        for (int iteration = 0; iteration < 40; iteration++) {
            double[] achieved = new double[CODES.length];
            for (AgeAtExploitation age : PublishedTables.AGES) {
                for (ExploitationLocation location : PublishedTables.LOCATIONS) {
                    double[] shares = new double[CODES.length];
                    double sum = 0;
                    for (int n = 0; n < CODES.length; n++) {
                        shares[n] = multiplier[n] * affinity(CODES[n], age, location);
                        sum += shares[n];
                    }
                    double weight = cells[age.ordinal()][location.ordinal()] / total;
                    for (int n = 0; n < CODES.length; n++) {
                        shares[n] /= sum;
                        achieved[n] += weight * shares[n];
                    }
                    conditional[age.ordinal()][location.ordinal()] = shares;
                }
            }
            for (int n = 0; n < CODES.length; n++) {
                multiplier[n] *= achieved[n] == 0 ? 1 : target[n] / achieved[n];
            }
        }
        return conditional;
    }

    private static double affinity(String code, AgeAtExploitation age, ExploitationLocation location) {
        boolean child = age == AgeAtExploitation.CHILD;
        if (code.equals(UK)) {
            return (child ? 2.0 : 1.0) * switch (location) {
                case UK -> 1.0;
                case OVERSEAS -> 0.02;
                case UK_AND_OVERSEAS -> 0.08;
                case NOT_SPECIFIED -> 0.6;
            };
        }
        if (ON_ROUTE.contains(code)) {
            return (child ? 0.6 : 1.2) * switch (location) {
                case UK -> 0.3;
                case OVERSEAS -> 1.5;
                case UK_AND_OVERSEAS -> 0.8;
                case NOT_SPECIFIED -> 0.6;
            };
        }
        if (ALBANIA_VIETNAM.contains(code)) {
            return (child ? 0.9 : 1.0) * switch (location) {
                case UK -> 0.9;
                case OVERSEAS -> 0.5;
                case UK_AND_OVERSEAS -> 1.6;
                case NOT_SPECIFIED -> 0.6;
            };
        }
        return (child ? 0.5 : 1.0) * switch (location) {
            case UK -> 0.6;
            case OVERSEAS -> 1.0;
            case UK_AND_OVERSEAS -> 1.0;
            case NOT_SPECIFIED -> 0.8;
        };
    }

    static double interpolate(int[] years, double[] values, int year) {
        if (year <= years[0]) {
            return values[0];
        }
        for (int i = 1; i < years.length; i++) {
            if (year <= years[i]) {
                double weight = (double) (year - years[i - 1]) / (years[i] - years[i - 1]);
                return values[i - 1] + weight * (values[i] - values[i - 1]);
            }
        }
        return values[values.length - 1];
    }

    private static double sigmoid(double x) {
        return 1 / (1 + StrictMath.exp(-x));
    }
}
