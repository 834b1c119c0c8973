package org.nrmtracker.synthetic;

import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.kernel.referral.Gender;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * The cases waiting for a decision, per stage and age: those not ready yet by readiness date, the ready ones in
 * the order a competent authority takes them. RG decisions go nearly first come, first served (by due date). CG
 * decisions go by due date while every case is decided when due (before 2014); once the published counts limit
 * them, the next is drawn at random among all ready cases, so those decided are a fair sample of a backlog that
 * grew for years: their waits are the backlog's ages (the published 450-580 days in 2019-2023), and some wait
 * years while others are decided soon after their recovery period.
 */
final class DecisionQueues {

    private static final int AGES = AgeAtExploitation.values().length;
    private static final double NEWER_OF_TWO = 0.3;
    private static final double WOMEN = 0.55;

    private final PriorityQueue<QueueEntry> notReady = new PriorityQueue<>(QueueEntry.BY_READY);
    /** Ready entries by due date, [stage][age]; for CG only until the draw starts. */
    private final List<List<PriorityQueue<QueueEntry>>> byDue = new ArrayList<>();
    /** Ready CG entries once they are drawn at random, [age]; null before. */
    private List<List<QueueEntry>> drawn;

    DecisionQueues() {
        for (DecisionStage stage : DecisionStage.values()) {
            List<PriorityQueue<QueueEntry>> byAge = new ArrayList<>();
            for (int a = 0; a < AGES; a++) {
                byAge.add(new PriorityQueue<>(QueueEntry.BY_DUE));
            }
            byDue.add(byAge);
        }
    }

    void add(QueueEntry entry) {
        notReady.add(entry);
    }

    /** Makes the entries ready on or before the day available to decide. */
    void release(int day) {
        while (!notReady.isEmpty() && notReady.peek().ready <= day) {
            QueueEntry entry = notReady.poll();
            if (!entry.live) {
                continue;
            }
            int age = entry.subject.age().ordinal();
            if (drawn != null && entry.stage == DecisionStage.CONCLUSIVE_GROUNDS) {
                drawn.get(age).add(entry);
            } else {
                byDue.get(entry.stage.ordinal()).get(age).add(entry);
            }
        }
    }

    /** From now on CG decisions are drawn at random among the ready cases. */
    void drawConclusiveGrounds() {
        if (drawn != null) {
            return;
        }
        drawn = new ArrayList<>();
        for (PriorityQueue<QueueEntry> queue : byDue.get(DecisionStage.CONCLUSIVE_GROUNDS.ordinal())) {
            List<QueueEntry> ready = new ArrayList<>();
            while (!queue.isEmpty()) {
                ready.add(queue.poll()); // in due order, so the draws that follow never depend on hashing
            }
            drawn.add(ready);
        }
    }

    /** The next ready, live entry of a stage and age, taken off its queue; null when there is none. */
    QueueEntry take(DecisionStage stage, int age, SplittableRandom draw) {
        if (drawn != null && stage == DecisionStage.CONCLUSIVE_GROUNDS) {
            return takeAtRandom(drawn.get(age), draw);
        }
        PriorityQueue<QueueEntry> queue = byDue.get(stage.ordinal()).get(age);
        dropDead(queue);
        return queue.poll();
    }

    /** The next entry whose due date has come; null when there is none. */
    QueueEntry takeDue(DecisionStage stage, int age, int day) {
        PriorityQueue<QueueEntry> queue = byDue.get(stage.ordinal()).get(age);
        dropDead(queue);
        return !queue.isEmpty() && queue.peek().due <= day ? queue.poll() : null;
    }

    /** The next entry of a stage whatever the age; null when there is none. */
    QueueEntry takeAnyAge(DecisionStage stage, SplittableRandom draw) {
        if (drawn != null && stage == DecisionStage.CONCLUSIVE_GROUNDS) {
            while (true) {
                double[] sizes = readyByAge(stage);
                if (sizes[0] + sizes[1] + sizes[2] == 0) {
                    return null;
                }
                QueueEntry entry = takeAtRandom(drawn.get(Draws.weighted(draw, sizes)), draw);
                if (entry != null) {
                    return entry;
                }
            }
        }
        PriorityQueue<QueueEntry> first = null;
        for (PriorityQueue<QueueEntry> queue : byDue.get(stage.ordinal())) {
            dropDead(queue);
            if (!queue.isEmpty() && (first == null || QueueEntry.BY_DUE.compare(queue.peek(), first.peek()) < 0)) {
                first = queue;
            }
        }
        return first == null ? null : first.poll();
    }

    /** Ready entries per age (withdrawn ones included until drawn: a close enough estimate). */
    double[] readyByAge(DecisionStage stage) {
        double[] sizes = new double[AGES];
        for (int a = 0; a < AGES; a++) {
            sizes[a] = drawn != null && stage == DecisionStage.CONCLUSIVE_GROUNDS ? drawn.get(a).size()
                    : byDue.get(stage.ordinal()).get(a).size();
        }
        return sizes;
    }

    /**
     * A live entry of the list drawn at random; null when the list has none. Half the time the later ready of
     * two candidates is taken: straightforward new cases are often decided soon after the recovery period.
     * Women's cases are taken less readily (the median CG wait for women was 904 days in 2023, 526 for all).
     */
    private static QueueEntry takeAtRandom(List<QueueEntry> ready, SplittableRandom draw) {
        while (true) {
            dropDeadAtEnd(ready);
            if (ready.isEmpty()) {
                return null;
            }
            int at = draw.nextInt(ready.size());
            if (draw.nextDouble() < NEWER_OF_TWO) {
                int other = draw.nextInt(ready.size());
                if (ready.get(other).ready > ready.get(at).ready) {
                    at = other;
                }
            }
            QueueEntry entry = ready.get(at);
            if (entry.live && entry.subject.referral.survivor().gender() == Gender.FEMALE
                    && draw.nextDouble() > WOMEN) {
                continue;
            }
            ready.set(at, ready.get(ready.size() - 1));
            ready.remove(ready.size() - 1);
            if (entry.live) {
                return entry;
            }
        }
    }

    private static void dropDeadAtEnd(List<QueueEntry> ready) {
        while (!ready.isEmpty() && !ready.get(ready.size() - 1).live) {
            ready.remove(ready.size() - 1);
        }
    }

    private static void dropDead(PriorityQueue<QueueEntry> queue) {
        while (!queue.isEmpty() && !queue.peek().live) {
            queue.poll();
        }
    }
}
