package org.nrmtracker.synthetic;

import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.DecisionStage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Decisions counted per stage and quarter, and per stage, year and age: {decided, positive}, held against the
 * published Home Office tables.
 * <p>
 * <b>Tolerance.</b> The generator draws each quarter's decisions by age as Poisson(published count × scale), so
 * a count's standard deviation is √expected: a count passes within 4√expected. A different seed would fail
 * that with probability about 6·10⁻⁵ per comparison (normal approximation), and the seed is fixed, so the test
 * never flakes; what it catches is a model that cannot make the published decisions (no case ready, for a
 * systematic shortfall of more than 4σ: 7% of a quarter at full scale, about 20-25% at the imported 10%). Positive
 * rates pass within 4 binomial standard errors √(p(1−p)/n) plus one percentage point: reconsidered decisions are
 * positive 70% of the time, whatever the quarter's published rate, and shift a year's rate by up to ~0.5 point.
 */
final class DecisionCounts {

    private final Map<String, int[]> counts = new TreeMap<>();

    void count(DecisionStage stage, LocalDate decidedOn, DecisionOutcome outcome, AgeAtExploitation age) {
        List<String> keys = new ArrayList<>(List.of(stage + " " + Quarter.of(decidedOn),
                stage + " " + decidedOn.getYear()));
        if (age != null) {
            keys.add(stage + " " + decidedOn.getYear() + " " + age);
        }
        for (String key : keys) {
            int[] count = counts.computeIfAbsent(key, k -> new int[2]);
            count[0]++;
            count[1] += outcome == DecisionOutcome.POSITIVE ? 1 : 0;
        }
    }

    void assertFollowsThePublishedTables(SyntheticHistory generator, int year, boolean byAge) {
        PublishedTables tables = generator.tables();
        double scale = generator.scale();
        for (DecisionStage stage : DecisionStage.values()) {
            int decided = 0;
            for (int number = 1; number <= 4; number++) {
                Quarter quarter = new Quarter(year, number);
                int[] published = sum(tables.decisionsByAge(stage, quarter));
                int[] count = get(stage + " " + quarter);
                assertCount(stage + " decisions in " + quarter, count[0], published[0] * scale);
                decided += count[0];
            }
            int[] published = sum(tables.decisionsOfYear(stage, year));
            int[] count = get(stage + " " + year);
            assertCount(stage + " decisions in " + year, decided, published[0] * scale);
            assertRate(stage + " positive rate in " + year, count, published);
            if (byAge) {
                int[][] ofAge = tables.decisionsOfYear(stage, year);
                for (AgeAtExploitation age : AgeAtExploitation.values()) {
                    int[] ageCount = get(stage + " " + year + " " + age);
                    assertCount(stage + " decisions in " + year + " for " + age, ageCount[0],
                            ofAge[age.ordinal()][0] * scale);
                    assertRate(stage + " positive rate in " + year + " for " + age, ageCount,
                            ofAge[age.ordinal()]);
                }
            }
        }
    }

    private int[] get(String key) {
        return counts.getOrDefault(key, new int[2]);
    }

    private static void assertCount(String what, int observed, double expected) {
        assertThat((double) observed).as("%s (expected %.0f)", what, expected)
                .isCloseTo(expected, within(4 * Math.sqrt(expected) + 1e-9));
    }

    private static void assertRate(String what, int[] observed, int[] published) {
        if (published[0] == 0 || observed[0] == 0) {
            return;
        }
        double p = (double) published[1] / published[0];
        double tolerance = 4 * Math.sqrt(p * (1 - p) / observed[0]) + 0.01;
        assertThat((double) observed[1] / observed[0]).as("%s (published %.3f)", what, p)
                .isCloseTo(p, within(tolerance));
    }

    private static int[] sum(int[][] byAge) {
        int[] sum = new int[2];
        for (int[] counts : byAge) {
            sum[0] += counts[0];
            sum[1] += counts[1];
        }
        return sum;
    }
}
