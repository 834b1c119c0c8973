package org.nrmtracker.command.referral;

import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.DecisionStage;

import java.time.LocalDate;

import static org.nrmtracker.kernel.referral.DecisionOutcome.NEGATIVE;
import static org.nrmtracker.kernel.referral.DecisionOutcome.POSITIVE;

/**
 * The decisions of one stage as far as the rules need them. A stage takes one decision unless its latest,
 * negative, decision is reconsidered; the new decision then supersedes it. Only the latest decision counts for
 * what may follow, so superseded ones are forgotten here (the read side still sees them as events).
 *
 * @param reconsiderationRequestedOn the earliest reconsideration requested since the latest decision, or null
 */
record StageDecisions(DecisionStage stage, DecisionOutcome latestOutcome, LocalDate latestDecidedOn,
                      LocalDate reconsiderationRequestedOn) {

    static StageDecisions undecided(DecisionStage stage) {
        return new StageDecisions(stage, null, null, null);
    }

    boolean isDecided() {
        return latestOutcome != null;
    }

    boolean isPositive() {
        return latestOutcome == POSITIVE;
    }

    void ensureOpenToDecision() {
        if (latestOutcome == POSITIVE) {
            throw new ReferralStateConflict("A positive %s decision is already recorded and cannot be replaced."
                    .formatted(name()));
        }
        if (latestOutcome == NEGATIVE && reconsiderationRequestedOn == null) {
            throw new ReferralStateConflict(("A negative %s decision is already recorded; a new decision needs "
                    + "a reconsideration request first.").formatted(name()));
        }
    }

    void ensureDecisionNotBeforeRequest(LocalDate decidedOn) {
        if (reconsiderationRequestedOn != null && decidedOn.isBefore(reconsiderationRequestedOn)) {
            throw new ImpossibleReferralDates("The %s decision date %s is before the reconsideration request of %s."
                    .formatted(name(), decidedOn, reconsiderationRequestedOn));
        }
    }

    void ensureReconsiderable() {
        if (latestOutcome == null) {
            throw new ReferralStateConflict("There is no %s decision to reconsider.".formatted(name()));
        }
        if (latestOutcome == POSITIVE) {
            throw new ReferralStateConflict("Only a negative %s decision can be reconsidered; the latest is positive."
                    .formatted(name()));
        }
    }

    void ensureRequestNotBeforeDecision(LocalDate requestedOn) {
        if (requestedOn.isBefore(latestDecidedOn)) {
            throw new ImpossibleReferralDates("The reconsideration request date %s is before the %s decision of %s."
                    .formatted(requestedOn, name(), latestDecidedOn));
        }
    }

    StageDecisions decided(LocalDate decidedOn, DecisionOutcome outcome) {
        return new StageDecisions(stage, outcome, decidedOn, null);
    }

    StageDecisions reconsiderationRequested(LocalDate requestedOn) {
        // a second request of the same decision is allowed; the earliest one bounds the new decision's date,
        // so a repeated request never makes a genuine decision look impossible
        boolean earliest = reconsiderationRequestedOn == null || requestedOn.isBefore(reconsiderationRequestedOn);
        return new StageDecisions(stage, latestOutcome, latestDecidedOn,
                earliest ? requestedOn : reconsiderationRequestedOn);
    }

    String name() {
        return stage == DecisionStage.REASONABLE_GROUNDS ? "reasonable-grounds" : "conclusive-grounds";
    }
}
