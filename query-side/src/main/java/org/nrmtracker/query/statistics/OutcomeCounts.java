package org.nrmtracker.query.statistics;

import org.nrmtracker.kernel.referral.DecisionOutcome;

/** Referrals with a decision of one stage, split by their latest outcome. */
final class OutcomeCounts {

    private long decided;
    private long positive;
    private long negative;

    void add(DecisionOutcome latest) {
        decided++;
        if (latest == DecisionOutcome.POSITIVE) {
            positive++;
        } else if (latest == DecisionOutcome.NEGATIVE) {
            negative++;
        }
    }

    void addAll(OutcomeCounts other) {
        decided += other.decided;
        positive += other.positive;
        negative += other.negative;
    }

    long decided() {
        return decided;
    }

    long positive() {
        return positive;
    }

    long negative() {
        return negative;
    }

    Double positiveRate() {
        return Rate.of(positive, decided);
    }
}
