package org.nrmtracker.synthetic;

import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.DecisionStage;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;

import static org.nrmtracker.kernel.referral.DecisionStage.CONCLUSIVE_GROUNDS;
import static org.nrmtracker.kernel.referral.DecisionStage.REASONABLE_GROUNDS;

/**
 * How many decisions the competent authorities make in a quarter, per stage, and on which weekdays: the published
 * count times the scale (Poisson), per age while the tables give ages (to 2023), in total afterwards, spread over
 * the quarter's weekdays and taken from the ready cases of {@link DecisionQueues}. Before 2014 (no published
 * decision counts) nothing limits them: a case is decided when it is due. What a quarter leaves unused for want of
 * ready cases is kept, as a measure of calibration.
 */
final class DecisionCapacity {

    static final DecisionStage[] STAGES = {REASONABLE_GROUNDS, CONCLUSIVE_GROUNDS};
    private static final int AGES = AgeAtExploitation.values().length;
    private static final int POOLED = 0;

    private final PublishedTables tables;
    private final DecisionRates rates;
    private final DecisionQueues queues;
    private final long seed;
    private final double scale;

    /** This quarter: how decisions are limited, per weekday [stage][age or POOLED][weekday], what is unused. */
    private Limit limit;
    private int[][][] capacity;
    private final int[][] budget = new int[STAGES.length][AGES];
    private final TreeMap<Quarter, int[]> unused = new TreeMap<>();
    /** Draws the next CG case among the ready ones, one source per quarter. */
    private SplittableRandom draw;

    private enum Limit { NONE, BY_AGE, POOLED }

    DecisionCapacity(PublishedTables tables, DecisionRates rates, DecisionQueues queues, long seed, double scale) {
        this.tables = tables;
        this.rates = rates;
        this.queues = queues;
        this.seed = seed;
        this.scale = scale;
    }

    void plan(Quarter quarter, int[] weekdays) {
        boolean published = tables.decisionsByAge(REASONABLE_GROUNDS, quarter) != null;
        limit = published ? Limit.BY_AGE : quarter.isAfter(tables.lastTableQuarter()) ? Limit.POOLED : Limit.NONE;
        int weekdayCount = 0;
        for (int number : weekdays) {
            weekdayCount = Math.max(weekdayCount, number + 1);
        }
        capacity = new int[STAGES.length][AGES][weekdayCount];
        for (int[] perStage : budget) {
            Arrays.fill(perStage, 0);
        }
        if (limit == Limit.NONE) {
            return;
        }
        queues.drawConclusiveGrounds();
        draw = Draws.source(seed, 'D', quarter.year(), quarter.number());
        for (DecisionStage stage : STAGES) {
            double[] expected = new double[AGES];
            if (limit == Limit.BY_AGE) {
                int[][] byAge = tables.decisionsByAge(stage, quarter);
                for (int a = 0; a < AGES; a++) {
                    expected[a] = byAge[a][0];
                }
            } else {
                expected[POOLED] = tables.decisionTotal(stage, quarter)[0];
                rates.weigh(stage, quarter, stage == REASONABLE_GROUNDS ? referralAges(quarter) : queues.readyByAge(stage));
            }
            for (int a = 0; a < AGES; a++) {
                SplittableRandom random = Draws.source(seed, 'C', stage.ordinal(), quarter.year(), quarter.number(), a);
                int count = Draws.poisson(random, expected[a] * scale);
                for (int i = 0; i < count; i++) {
                    capacity[stage.ordinal()][a][random.nextInt(weekdayCount)]++;
                }
            }
        }
    }

    private double[] referralAges(Quarter quarter) {
        double[][] expected = tables.referrals(quarter);
        double[] ages = new double[AGES];
        for (int a = 0; a < AGES; a++) {
            for (double cell : expected[a]) {
                ages[a] += cell;
            }
        }
        return ages;
    }

    /** Takes the stage's decisions of the day, one ready case after the other, each decided before the next. */
    void decide(DecisionStage stage, int day, int weekday, Consumer<QueueEntry> decision) {
        int s = stage.ordinal();
        switch (limit) {
            case NONE -> {
                for (int a = 0; a < AGES; a++) {
                    for (QueueEntry due = queues.takeDue(stage, a, day); due != null; due = queues.takeDue(stage, a, day)) {
                        decision.accept(due);
                    }
                }
            }
            case BY_AGE -> {
                for (int a = 0; a < AGES; a++) {
                    budget[s][a] += capacity[s][a][weekday];
                    for (; budget[s][a] > 0; budget[s][a]--) {
                        QueueEntry next = queues.take(stage, a, draw);
                        if (next == null) {
                            break;
                        }
                        decision.accept(next);
                    }
                }
            }
            case POOLED -> {
                budget[s][POOLED] += capacity[s][POOLED][weekday];
                for (; budget[s][POOLED] > 0; budget[s][POOLED]--) {
                    QueueEntry next = queues.takeAnyAge(stage, draw);
                    if (next == null) {
                        break;
                    }
                    decision.accept(next);
                }
            }
        }
    }

    void recordUnused(Quarter quarter) {
        if (limit == Limit.NONE) {
            return;
        }
        int[] left = new int[STAGES.length];
        for (int s = 0; s < STAGES.length; s++) {
            for (int a = 0; a < AGES; a++) {
                left[s] += budget[s][a];
            }
        }
        unused.put(quarter, left);
    }

    /** Decisions left unmade in a quarter for want of ready cases, [stage]. */
    TreeMap<Quarter, int[]> unused() {
        return unused;
    }
}
