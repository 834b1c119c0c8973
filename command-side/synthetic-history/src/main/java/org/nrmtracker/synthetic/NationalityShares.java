package org.nrmtracker.synthetic;

import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.ExploitationLocation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static java.util.Map.entry;

/**
 * Nationalities by year, and the female share that goes with them. The published shares of all referrals
 * (the bulletin figures, docs/domain.md §2) are anchors, interpolated between anchor years; the rest of each year goes to a
 * long tail of other nationalities, weighted 1/rank. Nationality also depends on where the exploitation took
 * place and on age (UK nationals are mostly children exploited in the UK, Eritrean and Sudanese nationals mostly
 * adults exploited on the way, in Libya), so each (age, location) cell has its own distribution; iterative
 * proportional fitting keeps the year's overall shares on the anchors.
 */
final class NationalityShares {

    private static final String UK = "GBR";
    /** Referred on a route through Libya and the Mediterranean, or from the Middle East: overseas, adult, male. */
    private static final List<String> ON_ROUTE = List.of("ERI", "SDN", "SOM", "ETH", "AFG", "IRN", "IRQ", "EGY",
            "SYR", "KWT", "YEM", "TCD");
    /** Often exploited on the way and in the UK. */
    private static final List<String> ALBANIA_VIETNAM = List.of("ALB", "VNM");
    /** Mostly women (sexual exploitation, domestic servitude). */
    private static final List<String> MOSTLY_WOMEN = List.of("NGA", "ROU", "CHN", "PHL", "THA", "HUN", "SVK", "CZE",
            "BGR", "MYS", "BRA", "UGA", "GHA", "JAM", "LTU", "POL");

    /** Everything the table can draw; anchored codes take their anchor share, the others the tail in this order. */
    static final String[] CODES = {UK, "ALB", "VNM", "ERI", "SDN", "ROU", "NGA", "CHN", "IND", "IRN", "IRQ", "AFG",
            "EGY", "ETH", "PAK", "POL", "SOM", "SYR", "KWT", "PHL", "LTU", "SVK", "CZE", "HUN", "BGR", "GHA", "TUR",
            "BGD", "LKA", "MAR", "JAM", "ZWE", "SLE", "UGA", "CMR", "THA", "MYS", "BRA", "UKR", "GMB", "GIN", "TCD",
            "YEM"};

    /**
     * Share of all referrals, by year. 2014, 2017, 2018, 2022-2025 rest on published counts and rankings
     * (the bulletins' top nationalities, docs/domain.md §2); 2020 and 2021 keep the published ranking (UK, Albania, Vietnam) with
     * estimated sizes; beyond the top three or five every figure is an estimate.
     */
    private static final Map<Integer, Map<String, Double>> ANCHORS = Map.of(
            2014, Map.ofEntries(entry("ALB", .12), entry("NGA", .08), entry("VNM", .07), entry("ROU", .06),
                    entry("SVK", .05), entry(UK, .05), entry("POL", .04), entry("CHN", .03), entry("LTU", .02),
                    entry("HUN", .02), entry("CZE", .02), entry("ERI", .02), entry("PHL", .02), entry("IND", .02)),
            2017, Map.ofEntries(entry(UK, .16), entry("ALB", .13), entry("VNM", .10), entry("NGA", .04),
                    entry("ROU", .04), entry("CHN", .03), entry("ERI", .03), entry("SDN", .02), entry("IND", .02),
                    entry("POL", .02), entry("IRN", .02)),
            2018, Map.ofEntries(entry(UK, .23), entry("ALB", .11), entry("VNM", .10), entry("SDN", .03),
                    entry("ERI", .03), entry("ROU", .03), entry("NGA", .03), entry("CHN", .03), entry("IRN", .02),
                    entry("IRQ", .02), entry("IND", .02)),
            2020, Map.ofEntries(entry(UK, .33), entry("ALB", .15), entry("VNM", .07), entry("SDN", .03),
                    entry("ERI", .03), entry("IRN", .02), entry("IRQ", .02), entry("CHN", .015), entry("ROU", .015),
                    entry("NGA", .015), entry("IND", .015), entry("EGY", .01), entry("AFG", .01)),
            2021, Map.ofEntries(entry(UK, .29), entry("ALB", .16), entry("VNM", .05), entry("ERI", .04),
                    entry("SDN", .04), entry("IRN", .025), entry("IRQ", .025), entry("AFG", .015),
                    entry("EGY", .015), entry("ETH", .01), entry("CHN", .01), entry("ROU", .01)),
            2022, Map.ofEntries(entry("ALB", .27), entry(UK, .25), entry("ERI", .07), entry("SDN", .05),
                    entry("VNM", .045), entry("IRN", .02), entry("AFG", .02), entry("IRQ", .015),
                    entry("EGY", .015), entry("ETH", .01), entry("IND", .01), entry("CHN", .01)),
            2023, Map.ofEntries(entry(UK, .25), entry("ALB", .24), entry("VNM", .06), entry("SDN", .055),
                    entry("ERI", .053), entry("IRN", .02), entry("AFG", .02), entry("EGY", .015),
                    entry("IRQ", .015), entry("ETH", .015), entry("IND", .01), entry("CHN", .01)),
            2024, Map.ofEntries(entry(UK, .23), entry("ALB", .13), entry("VNM", .11), entry("ERI", .09),
                    entry("SDN", .06), entry("SOM", .02), entry("ETH", .02), entry("AFG", .02), entry("EGY", .02),
                    entry("IRN", .015), entry("IRQ", .015), entry("IND", .015)),
            2025, Map.ofEntries(entry(UK, .22), entry("ERI", .14), entry("SOM", .10), entry("VNM", .08),
                    entry("ALB", .07), entry("SDN", .06), entry("ETH", .03), entry("AFG", .02), entry("EGY", .02),
                    entry("IRN", .01), entry("IRQ", .01), entry("IND", .01)));
    private static final int[] ANCHOR_YEARS = ANCHORS.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();

    /** Female share of referrals by year (the bulletins' female and male shares, docs/domain.md §2); interpolated between them. */
    private static final int[] FEMALE_YEARS = {2014, 2016, 2017, 2020, 2021, 2022, 2023, 2024};
    private static final double[] FEMALE_SHARES = {.61, .51, .48, .26, .23, .21, .24, .26};

    /** Conditional distribution, [age][location][code]. */
    private final double[][][] byCell;
    /** Log-odds offset that brings the year's female share onto its published value. */
    private final double femaleOffset;

    /** @param cells the year's expected referrals, [age][location] */
    NationalityShares(int year, double[][] cells) {
        double[] target = sharesOf(year);
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

    /** Shares of every code in a year: anchors interpolated, the remainder over the tail by 1/rank. */
    static double[] sharesOf(int year) {
        double[] shares = new double[CODES.length];
        int before = ANCHOR_YEARS[0];
        int after = ANCHOR_YEARS[ANCHOR_YEARS.length - 1];
        for (int anchor : ANCHOR_YEARS) {
            if (anchor <= year) {
                before = anchor;
            }
            if (anchor >= year && after >= anchor) {
                after = anchor;
            }
        }
        if (after < before) {
            after = before;
        }
        double weight = after == before ? 0 : (double) (year - before) / (after - before);
        double anchored = 0;
        for (int n = 0; n < CODES.length; n++) {
            shares[n] = (1 - weight) * ANCHORS.get(before).getOrDefault(CODES[n], 0.0)
                    + weight * ANCHORS.get(after).getOrDefault(CODES[n], 0.0);
            anchored += shares[n];
        }
        double tailWeight = 0;
        int rank = 1;
        double[] tail = new double[CODES.length];
        for (int n = 0; n < CODES.length; n++) {
            if (shares[n] == 0) {
                tail[n] = 1.0 / rank++;
                tailWeight += tail[n];
            }
        }
        for (int n = 0; n < CODES.length; n++) {
            if (shares[n] == 0) {
                shares[n] = (1 - anchored) * tail[n] / tailWeight;
            }
        }
        return shares;
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
