package org.nrmtracker.command.referral;

import org.nrmtracker.kernel.referral.DecisionOutcome;

import java.time.LocalDate;

/**
 * Support as far as the rules need it: the open period, if any (there is at most one), when the last period
 * ended, and whether a SUPPORT_STARTED was ever recorded.
 * <p>
 * The recovery period: where no SUPPORT_STARTED was recorded before it, the positive reasonable-grounds decision
 * opens a period implicitly on its date. That period is a real open period: SUPPORT_ENDED closes it (not before
 * the decision date), and SUPPORT_STARTED is refused while it is open, because two periods would then be open
 * at once. Once it has ended, a new SUPPORT_STARTED opens the next period as usual.
 *
 * @param openSince        start of the open period, or null when none is open
 * @param openedImplicitly whether the open period is the recovery period opened by the positive RG decision
 */
record SupportPeriods(LocalDate openSince, boolean openedImplicitly, LocalDate lastEndedOn, boolean startRecorded) {

    static final SupportPeriods NONE = new SupportPeriods(null, false, null, false);

    void ensureNoneOpen() {
        if (openSince != null && openedImplicitly) {
            throw new ReferralStateConflict(("Support is already open: the recovery period began with the positive "
                    + "reasonable-grounds decision of %s. Record its end before starting another period.")
                    .formatted(openSince));
        }
        if (openSince != null) {
            throw new ReferralStateConflict(
                    "A support period is already open since %s. Record its end before starting another period."
                            .formatted(openSince));
        }
    }

    void ensureStartNotBeforeLastEnd(LocalDate startedOn) {
        // periods follow one another; one starting before the last ended would mean two were open at once
        if (lastEndedOn != null && startedOn.isBefore(lastEndedOn)) {
            throw new ImpossibleReferralDates("The support start date %s is before the previous period ended on %s."
                    .formatted(startedOn, lastEndedOn));
        }
    }

    void ensureOneOpen() {
        if (openSince == null) {
            throw new ReferralStateConflict("No support period is open, so there is none to end.");
        }
    }

    void ensureEndNotBeforeStart(LocalDate endedOn) {
        if (endedOn.isBefore(openSince)) {
            throw new ImpossibleReferralDates("The support end date %s is before the period began on %s."
                    .formatted(endedOn, openSince));
        }
    }

    SupportPeriods started(LocalDate startedOn) {
        return new SupportPeriods(startedOn, false, lastEndedOn, true);
    }

    SupportPeriods ended(LocalDate endedOn) {
        return new SupportPeriods(null, false, endedOn, startRecorded);
    }

    SupportPeriods afterReasonableGrounds(DecisionOutcome outcome, LocalDate decidedOn) {
        // a referral has at most one positive RG decision (only a negative one can be reconsidered), so this is
        // the first; with no SUPPORT_STARTED recorded before it, nothing is open and nothing has ended
        if (outcome == DecisionOutcome.POSITIVE && !startRecorded) {
            return new SupportPeriods(decidedOn, true, lastEndedOn, false);
        }
        return this;
    }
}
