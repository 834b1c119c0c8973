package org.nrmtracker.command.referral;

import org.nrmtracker.kernel.referral.ConclusiveGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.kernel.referral.PersonalDataErased;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReconsiderationRequested;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.ReferralWithdrawn;
import org.nrmtracker.kernel.referral.SupportEnded;
import org.nrmtracker.kernel.referral.SupportStarted;

import java.time.Clock;
import java.util.List;

import static org.nrmtracker.kernel.referral.DecisionStage.CONCLUSIVE_GROUNDS;
import static org.nrmtracker.kernel.referral.DecisionStage.REASONABLE_GROUNDS;

/**
 * A referral's history as far as the rules of docs/api.md §2 need it, and those rules: whether the next event is
 * allowed (409 when the state forbids it, 422 when its dates are impossible), and the state after it. Kept apart
 * from the aggregate so that the same rules check a single new event and a whole corrected history alike.
 *
 * @param dates null before the referral is made
 */
record ReferralState(ReferralDates dates, StageDecisions reasonableGrounds, StageDecisions conclusiveGrounds,
                     SupportPeriods support, boolean withdrawn) {

    static final ReferralState NOT_MADE = new ReferralState(null, StageDecisions.undecided(REASONABLE_GROUNDS),
            StageDecisions.undecided(CONCLUSIVE_GROUNDS), SupportPeriods.NONE, false);

    /** The state after {@code events}, without checking them: they were checked when recorded. */
    static ReferralState after(List<ReferralEvent> events) {
        ReferralState state = NOT_MADE;
        for (ReferralEvent event : events) {
            state = state.after(event);
        }
        return state;
    }

    /** @throws ReferralStateConflict or ImpossibleReferralDates when a rule forbids {@code event} now */
    void ensureAllows(ReferralEvent event, Clock clock) {
        if (event instanceof ReferralMade made) {
            if (dates != null) {
                throw new ReferralStateConflict("A referral with this id was already made with different details.");
            }
            ReferralDates.ensurePossibleReferralDate(made.referredOn(), clock);
            return;
        }
        if (event instanceof PersonalDataErased) {
            return; // an erasure is allowed whatever the referral's state (docs/personal-data.md)
        }
        ensureNotWithdrawn();
        if (event instanceof ReasonableGroundsDecisionRecorded decision) {
            reasonableGrounds.ensureOpenToDecision();
            dates.ensureBetweenReferralAndToday("decision", decision.decidedOn(), clock);
            reasonableGrounds.ensureDecisionNotBeforeRequest(decision.decidedOn());
        } else if (event instanceof ConclusiveGroundsDecisionRecorded decision) {
            ensureAllowsConclusive(decision, clock);
        } else if (event instanceof ReconsiderationRequested request) {
            StageDecisions decisions = decisionsOf(request.stage());
            decisions.ensureReconsiderable();
            dates.ensureBetweenReferralAndToday("reconsideration request", request.requestedOn(), clock);
            decisions.ensureRequestNotBeforeDecision(request.requestedOn());
        } else if (event instanceof SupportStarted started) {
            support.ensureNoneOpen();
            dates.ensureBetweenReferralAndToday("support start", started.startedOn(), clock);
            support.ensureStartNotBeforeLastEnd(started.startedOn());
        } else if (event instanceof SupportEnded ended) {
            support.ensureOneOpen();
            dates.ensureBetweenReferralAndToday("support end", ended.endedOn(), clock);
            support.ensureEndNotBeforeStart(ended.endedOn());
        } else if (event instanceof ReferralWithdrawn withdrawal) {
            if (conclusiveGrounds.isDecided()) {
                throw new ReferralStateConflict("A conclusive-grounds decision is already recorded, "
                        + "so the referral can no longer be withdrawn.");
            }
            dates.ensureBetweenReferralAndToday("withdrawal", withdrawal.withdrawnOn(), clock);
        }
    }

    private void ensureAllowsConclusive(ConclusiveGroundsDecisionRecorded decision, Clock clock) {
        if (!reasonableGrounds.isPositive()) {
            throw new ReferralStateConflict(
                    "A conclusive-grounds decision needs a positive reasonable-grounds decision first.");
        }
        conclusiveGrounds.ensureOpenToDecision();
        dates.ensureBetweenReferralAndToday("decision", decision.decidedOn(), clock);
        if (decision.decidedOn().isBefore(reasonableGrounds.latestDecidedOn())) {
            throw new ImpossibleReferralDates(
                    "The conclusive-grounds decision date %s is before the reasonable-grounds decision of %s."
                            .formatted(decision.decidedOn(), reasonableGrounds.latestDecidedOn()));
        }
        conclusiveGrounds.ensureDecisionNotBeforeRequest(decision.decidedOn());
    }

    private void ensureNotWithdrawn() {
        if (withdrawn) {
            throw new ReferralStateConflict(
                    "The adult has withdrawn from the NRM, so nothing more can be recorded on this referral.");
        }
    }

    /**
     * The state once {@code event} is recorded; amendments are not events of the history in effect, and an erasure
     * changes no rule's state.
     */
    ReferralState after(ReferralEvent event) {
        if (event instanceof ReferralMade made) {
            return new ReferralState(new ReferralDates(made.referredOn()), reasonableGrounds, conclusiveGrounds,
                    support, withdrawn);
        } else if (event instanceof ReasonableGroundsDecisionRecorded decision) {
            return new ReferralState(dates, reasonableGrounds.decided(decision.decidedOn(), decision.outcome()),
                    conclusiveGrounds, support.afterReasonableGrounds(decision.outcome(), decision.decidedOn()),
                    withdrawn);
        } else if (event instanceof ConclusiveGroundsDecisionRecorded decision) {
            return new ReferralState(dates, reasonableGrounds,
                    conclusiveGrounds.decided(decision.decidedOn(), decision.outcome()), support, withdrawn);
        } else if (event instanceof ReconsiderationRequested request && request.stage() == REASONABLE_GROUNDS) {
            return new ReferralState(dates, reasonableGrounds.reconsiderationRequested(request.requestedOn()),
                    conclusiveGrounds, support, withdrawn);
        } else if (event instanceof ReconsiderationRequested request) {
            return new ReferralState(dates, reasonableGrounds,
                    conclusiveGrounds.reconsiderationRequested(request.requestedOn()), support, withdrawn);
        } else if (event instanceof SupportStarted started) {
            return new ReferralState(dates, reasonableGrounds, conclusiveGrounds, support.started(started.startedOn()),
                    withdrawn);
        } else if (event instanceof SupportEnded ended) {
            return new ReferralState(dates, reasonableGrounds, conclusiveGrounds, support.ended(ended.endedOn()),
                    withdrawn);
        } else if (event instanceof ReferralWithdrawn) {
            return new ReferralState(dates, reasonableGrounds, conclusiveGrounds, support, true);
        }
        return this;
    }

    private StageDecisions decisionsOf(DecisionStage stage) {
        return stage == REASONABLE_GROUNDS ? reasonableGrounds : conclusiveGrounds;
    }
}
