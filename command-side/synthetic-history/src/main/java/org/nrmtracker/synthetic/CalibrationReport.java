package org.nrmtracker.synthetic;

import org.nrmtracker.kernel.referral.ConclusiveGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.ReferralWithdrawn;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a generated history looks like against the published figures, year by year: referrals; RG and CG
 * decisions made (each recorded decision counts once in the period it was made, as docs/api.md §5.2 and the Home
 * Office count them) and their positive rates, against the published counts times the scale; the median and
 * mean days from referral of the decisions made that year; referrals awaiting CG at the year's end; withdrawals.
 */
final class CalibrationReport {

    private static final class Year {
        int referrals;
        int withdrawals;
        final int[] decided = new int[2];
        final int[] positive = new int[2];
        final List<List<Integer>> days = List.of(new ArrayList<>(), new ArrayList<>());
    }

    private CalibrationReport() {
    }

    static String of(SyntheticHistory generator, Quarter from, Quarter to) {
        List<List<ReferralEvent>> histories = generator.histories(from, to);
        Map<Integer, Year> years = new TreeMap<>();
        for (List<ReferralEvent> history : histories) {
            LocalDate referredOn = ((ReferralMade) history.get(0)).referredOn();
            years.computeIfAbsent(referredOn.getYear(), y -> new Year()).referrals++;
            boolean[] first = {true, true};
            for (ReferralEvent event : history) {
                LocalDate date = EventDates.dateOf(event);
                Year year = years.computeIfAbsent(date.getYear(), y -> new Year());
                int stage = event instanceof ReasonableGroundsDecisionRecorded ? 0
                        : event instanceof ConclusiveGroundsDecisionRecorded ? 1 : -1;
                if (stage >= 0) {
                    year.decided[stage]++;
                    if (outcome(event) == DecisionOutcome.POSITIVE) {
                        year.positive[stage]++;
                    }
                    if (first[stage]) {
                        year.days.get(stage).add((int) ChronoUnit.DAYS.between(referredOn, date));
                        first[stage] = false;
                    }
                } else if (event instanceof ReferralWithdrawn) {
                    year.withdrawals++;
                }
            }
        }
        StringBuilder report = new StringBuilder(String.format(
                "%nyear  referrals | RG decided (published x scale) positive | CG decided (published x scale) positive"
                        + " | RG days median/mean | CG days median/mean | awaiting CG at end | withdrawn%n"));
        for (Map.Entry<Integer, Year> entry : years.entrySet()) {
            int y = entry.getKey();
            Year year = entry.getValue();
            report.append(String.format("%d %9d | %6d (%8.0f) %5.1f%% | %6d (%8.0f) %5.1f%% | %5s / %5s | %5s / %5s | %8d | %6d%n",
                    y, year.referrals,
                    year.decided[0], published(generator, DecisionStage.REASONABLE_GROUNDS, y),
                    100.0 * year.positive[0] / Math.max(1, year.decided[0]),
                    year.decided[1], published(generator, DecisionStage.CONCLUSIVE_GROUNDS, y),
                    100.0 * year.positive[1] / Math.max(1, year.decided[1]),
                    median(year.days.get(0)), mean(year.days.get(0)), median(year.days.get(1)), mean(year.days.get(1)),
                    awaitingConclusiveGrounds(histories, LocalDate.of(y, 12, 31)), year.withdrawals));
        }
        report.append("decisions the published counts allowed but no ready case could take (RG, CG):");
        generator.unusedCapacity().forEach((quarter, left) -> {
            if (left[0] + left[1] > 0) {
                report.append(' ').append(quarter).append(" (").append(left[0]).append(", ").append(left[1]).append(')');
            }
        });
        return report.append(System.lineSeparator()).toString();
    }

    /** Published decisions of a year times the scale, NaN where nothing is published for every quarter. */
    static double published(SyntheticHistory generator, DecisionStage stage, int year) {
        double sum = 0;
        for (int number = 1; number <= 4; number++) {
            sum += published(generator, stage, new Quarter(year, number));
        }
        return sum;
    }

    static double published(SyntheticHistory generator, DecisionStage stage, Quarter quarter) {
        PublishedTables tables = generator.tables();
        int[][] byAge = tables.decisionsByAge(stage, quarter);
        if (byAge != null) {
            double total = 0;
            for (int[] counts : byAge) {
                total += counts[0];
            }
            return total * generator.scale();
        }
        if (quarter.isAfter(tables.lastTableQuarter())) {
            return tables.decisionTotal(stage, quarter)[0] * generator.scale();
        }
        return Double.NaN;
    }

    private static int awaitingConclusiveGrounds(List<List<ReferralEvent>> histories, LocalDate end) {
        int awaiting = 0;
        for (List<ReferralEvent> history : histories) {
            boolean positiveRg = false;
            boolean closed = false;
            for (ReferralEvent event : history) {
                if (EventDates.dateOf(event).isAfter(end)) {
                    break;
                }
                positiveRg |= event instanceof ReasonableGroundsDecisionRecorded rg
                        && rg.outcome() == DecisionOutcome.POSITIVE;
                closed |= event instanceof ConclusiveGroundsDecisionRecorded || event instanceof ReferralWithdrawn;
            }
            if (positiveRg && !closed) {
                awaiting++;
            }
        }
        return awaiting;
    }

    private static DecisionOutcome outcome(ReferralEvent event) {
        return event instanceof ReasonableGroundsDecisionRecorded rg ? rg.outcome()
                : ((ConclusiveGroundsDecisionRecorded) event).outcome();
    }

    private static String median(List<Integer> days) {
        if (days.isEmpty()) {
            return "-";
        }
        List<Integer> sorted = new ArrayList<>(days);
        Collections.sort(sorted);
        return String.valueOf(sorted.get(sorted.size() / 2));
    }

    private static String mean(List<Integer> days) {
        return days.isEmpty() ? "-" : String.valueOf(Math.round(days.stream().mapToInt(i -> i).average().orElse(0)));
    }
}
