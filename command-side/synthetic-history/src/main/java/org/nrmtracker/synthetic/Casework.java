package org.nrmtracker.synthetic;

import org.nrmtracker.kernel.policy.RecoveryPeriodPolicy;
import org.nrmtracker.kernel.referral.ConclusiveGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReconsiderationRequested;
import org.nrmtracker.kernel.referral.ReferralWithdrawn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static org.nrmtracker.kernel.referral.DecisionStage.CONCLUSIVE_GROUNDS;
import static org.nrmtracker.kernel.referral.DecisionStage.REASONABLE_GROUNDS;

/**
 * The competent authorities, simulated day by day from the NRM's start to the as-of date. Referrals arrive as
 * the Home Office table counts them ({@link Arrivals}). The decisions a quarter makes are the published count
 * times the scale ({@link DecisionCapacity}), taken from the ready cases of {@link DecisionQueues}: so decisions
 * per quarter follow the tables by construction, and waits come out of the queues. Each decision's outcome,
 * what follows it (the CG case after a positive RG, a reconsideration request after a negative one) and
 * withdrawals are decided here.
 * The parameters and their sources are in the module's README.md.
 */
final class Casework {

    /** RG: days from referral until a decision can be made (most), then the order among ready cases. */
    private static final double RG_PREPARATION = 5;
    private static final double RG_ORDER = 4;
    /** Some RG decisions wait months for evidence: a long tail. */
    private static final double RG_SLOW = 0.05;
    private static final double RG_SLOW_PREPARATION = 60;
    /**
     * Some referrals are suspended (the person went missing): decided, if ever, only when no other case is ready,
     * the most recently suspended first. The published decisions fall short of referrals by a few per cent.
     */
    private static final double RG_SUSPENDED = 0.04;
    private static final int SUSPENDED = 10_000_000;
    /** CG: days after the recovery period until a decision can be made; complexity while every case is due. */
    private static final double CG_PREPARATION = 60;
    /** Before 2014 CG decisions came about three months after referral (Hansard, 2009): less preparation. */
    private static final double CG_PREPARATION_BEFORE_2014 = 10;
    private static final LocalDate TABLES_START = LocalDate.of(2014, 1, 1);
    private static final double CG_COMPLEXITY_BEFORE_2014 = 20;
    /** Reconsideration: requested after a negative decision, accepted (a new decision follows), how fast. */
    private static final double RG_RECONSIDERATION_REQUESTED = 0.12;
    private static final double CG_RECONSIDERATION_REQUESTED = 0.10;
    private static final double RECONSIDERATION_ACCEPTED = 0.6;
    private static final LocalDate ONE_MONTH_LIMIT = LocalDate.of(2024, 2, 1);

    private final PublishedTables tables;
    private final DecisionRates rates;
    private final Arrivals arrivals;
    private final DecisionCapacity capacity;
    private final int asOf;

    private final List<Case> cases = new ArrayList<>();
    private final DecisionQueues queues = new DecisionQueues();
    private final PriorityQueue<Request> requests = new PriorityQueue<>(
            Comparator.<Request>comparingInt(r -> r.day).thenComparingLong(r -> r.sequence));
    private final Map<Integer, List<Case>> withdrawals = new HashMap<>();
    private long sequence;

    private record Request(int day, long sequence, Case subject, DecisionStage stage, boolean accepted) {
    }

    Casework(PublishedTables tables, long seed, double scale, LocalDate asOf) {
        this.tables = tables;
        this.rates = new DecisionRates(tables);
        this.asOf = (int) asOf.toEpochDay();
        this.arrivals = new Arrivals(tables, seed, scale, this.asOf);
        this.capacity = new DecisionCapacity(tables, rates, queues, seed, scale);
    }

    /** Runs the whole history up to the as-of date; returns the cases. */
    List<Case> run() {
        for (Quarter quarter = tables.firstQuarter(); quarter.firstDay().toEpochDay() <= asOf; quarter = quarter.next()) {
            List<Case> arrived = arrivals.of(quarter);
            int[] weekdays = quarter.weekdayNumbers();
            capacity.plan(quarter, weekdays);
            int first = (int) quarter.firstDay().toEpochDay();
            int last = (int) Math.min(quarter.lastDay().toEpochDay(), asOf);
            int next = 0;
            for (int day = first; day <= last; day++) {
                while (next < arrived.size() && arrived.get(next).referredOn == day) {
                    arrive(arrived.get(next++), day);
                }
                requestsAndWithdrawals(day);
                queues.release(day);
                if (weekdays[day - first] >= 0) {
                    for (DecisionStage stage : DecisionCapacity.STAGES) {
                        Quarter current = quarter;
                        int today = day;
                        capacity.decide(stage, day, weekdays[day - first], entry -> decide(entry, current, today));
                    }
                }
            }
            capacity.recordUnused(quarter);
        }
        return cases;
    }

    /** Decisions left unmade in a quarter for want of ready cases, [stage]: a measure of calibration. */
    TreeMap<Quarter, int[]> unusedCapacity() {
        return capacity.unused();
    }

    private void arrive(Case subject, int day) {
        cases.add(subject);
        if (subject.plannedWithdrawal != Case.NEVER) {
            withdrawals.computeIfAbsent(subject.plannedWithdrawal, d -> new ArrayList<>()).add(subject);
        }
        SplittableRandom random = subject.random;
        double kind = random.nextDouble();
        int preparation = Draws.lognormalDays(random, kind < RG_SLOW ? RG_SLOW_PREPARATION : RG_PREPARATION, 0.9);
        int order = Draws.lognormalDays(random, RG_ORDER, 1.0);
        int ready = day + preparation;
        boolean suspended = kind > 1 - RG_SUSPENDED;
        // due = ready + order; a suspended case is due after every other, the latest referred first
        enqueue(subject, REASONABLE_GROUNDS, ready, suspended ? SUSPENDED - 2 * ready : order, false);
    }

    private void decide(QueueEntry entry, Quarter quarter, int day) {
        Case subject = entry.subject;
        entry.live = false;
        subject.waiting = null;
        double chance = entry.reconsidered ? DecisionRates.RECONSIDERED
                : rates.positive(entry.stage, quarter, subject.age());
        DecisionOutcome outcome = Draws.chance(subject.random, chance) ? DecisionOutcome.POSITIVE : DecisionOutcome.NEGATIVE;
        LocalDate date = LocalDate.ofEpochDay(day);
        if (entry.stage == REASONABLE_GROUNDS) {
            subject.events.add(new ReasonableGroundsDecisionRecorded(subject.referral.referralId(), date, outcome));
        } else {
            subject.events.add(new ConclusiveGroundsDecisionRecorded(subject.referral.referralId(), date, outcome));
            subject.conclusivelyDecided = true;
        }
        if (entry.stage == REASONABLE_GROUNDS && outcome == DecisionOutcome.POSITIVE) {
            // the CG decision waits at least the recovery period in force on the positive RG decision's date
            int recovery = RecoveryPeriodPolicy.standard().minimumDaysOn(subject.referral.jurisdiction(), date);
            boolean early = date.isBefore(TABLES_START);
            int preparation = Draws.lognormalDays(subject.random, early ? CG_PREPARATION_BEFORE_2014 : CG_PREPARATION, 1.0);
            enqueue(subject, CONCLUSIVE_GROUNDS, day + recovery + preparation,
                    Draws.lognormalDays(subject.random, CG_COMPLEXITY_BEFORE_2014, 0.8), false);
        }
        if (outcome == DecisionOutcome.NEGATIVE) {
            boolean asks = Draws.chance(subject.random, entry.stage == REASONABLE_GROUNDS
                    ? RG_RECONSIDERATION_REQUESTED : CG_RECONSIDERATION_REQUESTED);
            boolean accepted = Draws.chance(subject.random, RECONSIDERATION_ACCEPTED);
            // a request within a month since February 2024; before, no fixed limit
            int after = date.isBefore(ONE_MONTH_LIMIT)
                    ? 1 + Math.min(180, Draws.lognormalDays(subject.random, 21, 0.7))
                    : 1 + Math.min(29, Draws.lognormalDays(subject.random, 14, 0.5));
            if (asks && subject.firstReconsiderationOf(entry.stage)) {
                requests.add(new Request(day + after, sequence++, subject, entry.stage, accepted));
            }
        }
    }

    private void requestsAndWithdrawals(int day) {
        while (!requests.isEmpty() && requests.peek().day <= day) {
            Request request = requests.poll();
            Case subject = request.subject;
            if (subject.withdrawn) {
                continue;
            }
            subject.events.add(new ReconsiderationRequested(subject.referral.referralId(), request.stage,
                    LocalDate.ofEpochDay(day)));
            if (request.accepted) {
                enqueue(subject, request.stage, day + 1 + Draws.lognormalDays(subject.random, 45, 0.6),
                        Draws.lognormalDays(subject.random, 10, 0.8), true);
            }
        }
        // an adult whose planned withdrawal falls today withdraws if still waiting for a decision
        List<Case> due = withdrawals.remove(day);
        if (due != null) {
            for (Case subject : due) {
                QueueEntry waiting = subject.waiting;
                if (waiting != null && waiting.live && !subject.conclusivelyDecided) {
                    waiting.live = false;
                    subject.waiting = null;
                    subject.withdrawn = true;
                    subject.events.add(new ReferralWithdrawn(subject.referral.referralId(), LocalDate.ofEpochDay(day)));
                }
            }
        }
    }

    private void enqueue(Case subject, DecisionStage stage, int ready, int complexity, boolean reconsidered) {
        QueueEntry entry = new QueueEntry(subject, stage, ready, ready + complexity, reconsidered,
                sequence++);
        subject.waiting = entry;
        queues.add(entry);
    }
}
