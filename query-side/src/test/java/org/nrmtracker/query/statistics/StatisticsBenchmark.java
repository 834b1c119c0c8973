package org.nrmtracker.query.statistics;

import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.kernel.referral.ExploitationType;
import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.referral.ReferralRecords;
import org.nrmtracker.query.timeline.DecisionWindow;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntSupplier;

/**
 * Not a test: times the statistics over synthetic referrals (default 200,000, five years of referrals with
 * realistic decision delays), grouped by REFERRAL_QUARTER × AGE_AT_EXPLOITATION, next to the time it takes only
 * to build their timelines (full, and the summaries without events that the backlog builds; the cohorts read only
 * the timeline figures, a part of a summary). Prints one figure per line: the median of several rounds. Run its {@code main} with
 * the test classpath; the optional argument is the number of referrals.
 */
final class StatisticsBenchmark {

    private static final LocalDate AS_OF = LocalDate.parse("2025-01-01");
    private static final List<DecisionWindow> WINDOWS = DecisionWindow.DEFAULT;
    private static final int WARM_UP_ROUNDS = 3;
    private static final int ROUNDS = 9;

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        ReferralRecords store = Fixtures.referrals(synthetic(count, new Random(42)));
        MinimumCellSize minimum = new MinimumCellSize(10);
        ReferralCohortStatistics cohorts = new ReferralCohortStatistics(store, Fixtures.TIMELINES, minimum);
        DecisionStatistics decisions = new DecisionStatistics(store, minimum);
        BacklogStatistics backlog = new BacklogStatistics(store, Fixtures.TIMELINES, minimum);
        StatisticsCsvConverter csv = new StatisticsCsvConverter(JsonMapper.builder().build());
        GetReferralCohorts byQuarterAndAge = new GetReferralCohorts(null, null, AS_OF,
                Grouping.parse("REFERRAL_QUARTER,AGE_AT_EXPLOITATION", false), WINDOWS);
        GetReferralCohorts byNationalityAndType = new GetReferralCohorts(null, null, AS_OF,
                Grouping.parse("NATIONALITY,EXPLOITATION_TYPE", false), WINDOWS);
        GetDecisionCounts decisionsByQuarter = new GetDecisionCounts(DecisionStage.CONCLUSIVE_GROUNDS, null, AS_OF,
                Grouping.parse("DECISION_QUARTER,AGE_AT_EXPLOITATION", true));
        GetBacklog backlogByAge = new GetBacklog(AS_OF, Grouping.parse("AGE_AT_EXPLOITATION", false), WINDOWS);
        ConclusiveGroundsSurvival survival = new ConclusiveGroundsSurvival(store, Fixtures.TIMELINES, minimum);
        GetConclusiveGroundsSurvival survivalByYear = new GetConclusiveGroundsSurvival(null, null, AS_OF,
                Grouping.parse("REFERRAL_YEAR", false));
        BacklogSeries series = new BacklogSeries(store, Fixtures.TIMELINES, minimum);
        GetBacklogSeries monthlyByAge = new GetBacklogSeries(BacklogSeriesRange.points(BacklogInterval.MONTH,
                AS_OF.minusYears(5), AS_OF), Grouping.parse("AGE_AT_EXPLOITATION", false), WINDOWS);

        List<ReferralRecord> all = List.copyOf(store.all());
        Map<String, IntSupplier> figures = new LinkedHashMap<>();
        figures.put("timelines alone, one thread", () -> {
            int windows = 0;
            for (ReferralRecord referral : all) {
                windows += Fixtures.TIMELINES.of(referral, AS_OF, WINDOWS).windows().size();
            }
            return windows;
        });
        figures.put("summary timelines alone, one thread", () -> {
            int windows = 0;
            for (ReferralRecord referral : all) {
                windows += Fixtures.TIMELINES.summaryOf(referral, AS_OF, WINDOWS).windows().size();
            }
            return windows;
        });
        figures.put("cohorts by quarter × age", () -> cohorts.answer(byQuarterAndAge).groups().size());
        figures.put("  … and as CSV", () -> csv.csv(cohorts.answer(byQuarterAndAge)).length());
        figures.put("cohorts by nationality × exploitation", () -> cohorts.answer(byNationalityAndType).groups().size());
        figures.put("CG decisions by quarter × age", () -> decisions.answer(decisionsByQuarter).groups().size());
        figures.put("backlog by age", () -> backlog.answer(backlogByAge).groups().size());
        figures.put("CG survival curves by referral year", () -> survival.answer(survivalByYear).groups().size());
        figures.put("  … the curves as CSV", () -> csv.csv(survival.answer(survivalByYear)).length());
        figures.put("backlog by age at 60 month ends", () -> series.answer(monthlyByAge).points().size());

        // rounds interleave the figures, so a burst of load from elsewhere on the machine lands on one round of
        // each rather than on every run of one; the median then ignores it, and the warm-up rounds the JIT
        Map<String, long[]> nanos = new LinkedHashMap<>();
        figures.keySet().forEach(what -> nanos.put(what, new long[ROUNDS]));
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (int round = -WARM_UP_ROUNDS; round < ROUNDS; round++) {
            for (Map.Entry<String, IntSupplier> figure : figures.entrySet()) {
                long start = System.nanoTime();
                answers.put(figure.getKey(), figure.getValue().getAsInt());
                long took = System.nanoTime() - start;
                if (round >= 0) {
                    nanos.get(figure.getKey())[round] = took;
                }
            }
        }
        System.out.printf("%d referrals, median of %d rounds after %d warm-up rounds%n", count, ROUNDS, WARM_UP_ROUNDS);
        nanos.forEach((what, times) -> System.out.printf("%-40s %6.1f ms (%d)%n", what, median(times) / 1e6,
                answers.get(what)));
    }

    private static long median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static List<ReferralRecord> synthetic(int count, Random random) {
        List<ReferralRecord> records = new ArrayList<>(count);
        String[] nationalities = {"ALB", "GBR", "VNM", "ERI", "SDN", "IRN", "ROU", "AFG"};
        ExploitationType[] types = {ExploitationType.LABOUR, ExploitationType.SEXUAL, ExploitationType.CRIMINAL};
        for (int i = 0; i < count; i++) {
            LocalDate referred = LocalDate.parse("2020-01-01").plusDays(random.nextInt(1800));
            AReferral referral = AReferral.referredOn(referred.toString())
                    .nationalities(nationalities[random.nextInt(nationalities.length)])
                    .exploitation(types[random.nextInt(types.length)]);
            if (random.nextInt(2) == 0) {
                referral.child();
            }
            LocalDate rg = referred.plusDays(random.nextInt(120));
            if (rg.isAfter(AS_OF)) {
                records.add(referral.record());
                continue;
            }
            boolean positive = random.nextInt(10) < 8;
            referral.reasonableGrounds(rg.toString(), positive ? DecisionOutcome.POSITIVE : DecisionOutcome.NEGATIVE);
            if (!positive) {
                records.add(referral.record());
                continue;
            }
            LocalDate cg = rg.plusDays(30 + random.nextInt(900));
            if (random.nextInt(20) == 0) {
                referral.withdrawn(rg.plusDays(random.nextInt(60)).toString());
            } else if (!cg.isAfter(AS_OF)) {
                referral.conclusiveGrounds(cg.toString(), random.nextInt(10) < 9 ? DecisionOutcome.POSITIVE
                        : DecisionOutcome.NEGATIVE);
                if (random.nextInt(2) == 0) {
                    referral.supportEnded(cg.plusDays(45).isAfter(AS_OF) ? AS_OF.toString() : cg.plusDays(45).toString());
                }
            }
            records.add(referral.record());
        }
        return records;
    }

    private StatisticsBenchmark() {
    }
}
