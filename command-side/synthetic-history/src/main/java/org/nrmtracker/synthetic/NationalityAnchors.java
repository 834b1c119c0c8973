package org.nrmtracker.synthetic;

import java.util.Map;

import static java.util.Map.entry;

/**
 * The nationalities of all referrals in a year: the published shares (the bulletin figures, docs/domain.md §2)
 * are anchors, interpolated between anchor years; the rest of each year goes to a long tail of other
 * nationalities, weighted 1/rank.
 */
final class NationalityAnchors {

    static final String UK = "GBR";

    /** Everything the table can draw; anchored codes take their anchor share, the others the tail in this order. */
    static final String[] CODES = {UK, "ALB", "VNM", "ERI", "SDN", "ROU", "NGA", "CHN", "IND", "IRN", "IRQ", "AFG",
            "EGY", "ETH", "PAK", "POL", "SOM", "SYR", "KWT", "PHL", "LTU", "SVK", "CZE", "HUN", "BGR", "GHA", "TUR",
            "BGD", "LKA", "MAR", "JAM", "ZWE", "SLE", "UGA", "CMR", "THA", "MYS", "BRA", "UKR", "GMB", "GIN", "TCD",
            "YEM"};

    /**
     * Share of all referrals, by year. 2014, 2017, 2018, 2022-2025 rest on published counts and rankings (the
     * bulletins' top nationalities, docs/domain.md §2); 2020 and 2021 keep the published ranking (UK, Albania,
     * Vietnam) with estimated sizes; beyond the top three or five every figure is an estimate.
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

    private NationalityAnchors() {
    }
}
