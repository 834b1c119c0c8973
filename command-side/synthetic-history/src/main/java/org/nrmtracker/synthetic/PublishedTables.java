package org.nrmtracker.synthetic;

import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.kernel.referral.ExploitationLocation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The published statistics the generator is calibrated to, read from {@code /tables/} on the classpath (see its
 * SOURCES.md): Home Office referrals by quarter, age and location (2009-Q2 to 2023-Q4), RG and CG decisions by
 * quarter, age and outcome (2014-Q1 to 2023-Q4), and quarterly totals after 2023 from the bulletins.
 */
final class PublishedTables {

    static final AgeAtExploitation[] AGES = AgeAtExploitation.values();
    static final ExploitationLocation[] LOCATIONS = ExploitationLocation.values();
    private static final ExploitationLocation[] KNOWN_LOCATIONS =
            {ExploitationLocation.UK, ExploitationLocation.OVERSEAS, ExploitationLocation.UK_AND_OVERSEAS};

    /** Referrals by quarter, indexed [age][location]. */
    private final TreeMap<Quarter, double[][]> referrals = new TreeMap<>();
    /** Decisions by quarter, indexed [age] = {total, positive}. */
    private final Map<DecisionStage, TreeMap<Quarter, int[][]>> decisions = new HashMap<>();
    private final TreeMap<Quarter, String[]> later = new TreeMap<>();

    private PublishedTables() {
    }

    static PublishedTables load() {
        PublishedTables tables = new PublishedTables();
        tables.readReferrals(rows("nrm_referrals_longitudinal.csv"));
        tables.decisions.put(DecisionStage.REASONABLE_GROUNDS, readDecisions(rows("nrm_reasonable_grounds.csv")));
        tables.decisions.put(DecisionStage.CONCLUSIVE_GROUNDS, readDecisions(rows("nrm_conclusive_grounds.csv")));
        for (String[] row : rows("after-2023.csv")) {
            tables.later.put(Quarter.parse(row[0], false), row);
        }
        return tables;
    }

    Quarter firstQuarter() {
        return referrals.firstKey();
    }

    /** The last quarter of the Home Office tables; after it, the bulletin totals of after-2023.csv. */
    Quarter lastTableQuarter() {
        return referrals.lastKey();
    }

    /** Expected referrals in a quarter, [age][location]: the table, or after 2023 its 2023 mix scaled. */
    double[][] referrals(Quarter quarter) {
        double[][] published = referrals.get(quarter);
        if (published != null) {
            return published;
        }
        String[] row = laterRow(quarter);
        double total = Double.parseDouble(row[1]);
        double[][] mix = yearOf(referrals, lastTableQuarter().year());
        double grand = sum(mix);
        double[] target = {Double.parseDouble(row[6]), Double.parseDouble(row[7]), Double.parseDouble(row[8])};
        double[][] cells = new double[AGES.length][LOCATIONS.length];
        for (int a = 0; a < AGES.length; a++) {
            double ageTotal = Arrays.stream(mix[a]).sum();
            double reweighted = 0;
            double[] weights = new double[LOCATIONS.length];
            for (int k = 0; k < KNOWN_LOCATIONS.length; k++) {
                int l = KNOWN_LOCATIONS[k].ordinal();
                weights[l] = mix[a][l] * target[k] / locationShare(mix, l, grand);
                reweighted += weights[l];
            }
            for (int l = 0; l < LOCATIONS.length; l++) {
                cells[a][l] = reweighted == 0 ? 0 : total * (ageTotal / grand) * weights[l] / reweighted;
            }
        }
        return cells;
    }

    /** Published decisions of a quarter by age, {total, positive}; null where the tables have no such quarter. */
    int[][] decisionsByAge(DecisionStage stage, Quarter quarter) {
        return decisions.get(stage).get(quarter);
    }

    /** The bulletin total of decisions of a quarter after the tables, with its positive rate. */
    double[] decisionTotal(DecisionStage stage, Quarter quarter) {
        String[] row = laterRow(quarter);
        int column = stage == DecisionStage.REASONABLE_GROUNDS ? 2 : 4;
        return new double[]{Double.parseDouble(row[column]), Double.parseDouble(row[column + 1])};
    }

    /** A year's decisions by age from the tables, [age] = {total, positive}. */
    int[][] decisionsOfYear(DecisionStage stage, int year) {
        int[][] sum = new int[AGES.length][2];
        decisions.get(stage).forEach((quarter, byAge) -> {
            if (quarter.year() == year) {
                for (int a = 0; a < AGES.length; a++) {
                    sum[a][0] += byAge[a][0];
                    sum[a][1] += byAge[a][1];
                }
            }
        });
        return sum;
    }

    private String[] laterRow(Quarter quarter) {
        var row = later.floorEntry(quarter);
        if (row == null) {
            throw new IllegalArgumentException("No published totals for " + quarter + ".");
        }
        return row.getValue();
    }

    private void readReferrals(List<String[]> rows) {
        for (String[] row : rows) {
            if (row[3].equals("Total")) {
                continue;
            }
            Quarter quarter = Quarter.parse(row[0] + "-" + row[1], false);
            double[][] cells = referrals.computeIfAbsent(quarter, q -> new double[AGES.length][LOCATIONS.length]);
            cells[age(row[2]).ordinal()][location(row[3]).ordinal()] += Integer.parseInt(row[4]);
        }
        // the first rows (2009-Q1) are all zero: the NRM began on 1 April 2009
        while (sum(referrals.firstEntry().getValue()) == 0) {
            referrals.pollFirstEntry();
        }
    }

    private static TreeMap<Quarter, int[][]> readDecisions(List<String[]> rows) {
        TreeMap<Quarter, int[][]> byQuarter = new TreeMap<>();
        for (String[] row : rows) {
            if (row[1].equals("Total")) {
                continue;
            }
            // columns: year, quarter, then per age (adult, child, unknown): negative, positive, total
            int[][] byAge = new int[AGES.length][2];
            int[] order = {AgeAtExploitation.ADULT.ordinal(), AgeAtExploitation.CHILD.ordinal(),
                    AgeAtExploitation.NOT_SPECIFIED.ordinal()};
            for (int i = 0; i < 3; i++) {
                byAge[order[i]][0] = Integer.parseInt(row[4 + 3 * i]);
                byAge[order[i]][1] = Integer.parseInt(row[3 + 3 * i]);
            }
            byQuarter.put(Quarter.parse(row[0] + "-" + row[1], false), byAge);
        }
        return byQuarter;
    }

    private static double[][] yearOf(TreeMap<Quarter, double[][]> table, int year) {
        double[][] sum = new double[AGES.length][LOCATIONS.length];
        table.forEach((quarter, cells) -> {
            if (quarter.year() == year) {
                for (int a = 0; a < AGES.length; a++) {
                    for (int l = 0; l < LOCATIONS.length; l++) {
                        sum[a][l] += cells[a][l];
                    }
                }
            }
        });
        return sum;
    }

    private static double locationShare(double[][] mix, int location, double grand) {
        double share = 0;
        for (double[] byLocation : mix) {
            share += byLocation[location];
        }
        return share / grand;
    }

    static double sum(double[][] cells) {
        return Arrays.stream(cells).flatMapToDouble(Arrays::stream).sum();
    }

    private static AgeAtExploitation age(String text) {
        if (text.startsWith("Adult")) {
            return AgeAtExploitation.ADULT;
        }
        return text.startsWith("Child") ? AgeAtExploitation.CHILD : AgeAtExploitation.NOT_SPECIFIED;
    }

    private static ExploitationLocation location(String text) {
        return switch (text) {
            case "UK" -> ExploitationLocation.UK;
            case "Overseas" -> ExploitationLocation.OVERSEAS;
            case "UK and Overseas" -> ExploitationLocation.UK_AND_OVERSEAS;
            default -> ExploitationLocation.NOT_SPECIFIED;
        };
    }

    /** The data rows of a CSV resource without quoted commas (these tables have none). */
    private static List<String[]> rows(String name) {
        try (InputStream in = PublishedTables.class.getResourceAsStream("/tables/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The resource /tables/" + name + " is missing.");
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
