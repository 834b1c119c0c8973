package org.nrmtracker.query.statistics;

import org.nrmtracker.kernel.referral.DecisionOutcome;

/** Counts referrals with a decision of one stage by their latest outcome, into {@link Outcomes}. */
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

    Outcomes outcomes() {
        return new Outcomes(decided, positive, negative);
    }
}
