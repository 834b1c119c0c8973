package org.nrmtracker.command.referral;

import org.nrmtracker.kernel.referral.CorrectionReason;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.EventCorrected;
import org.nrmtracker.kernel.referral.EventRetracted;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.SupportEndReason;
import org.nrmtracker.kernel.referral.SupportKind;

import java.time.LocalDate;

import static org.nrmtracker.command.referral.ReferralTestData.*;

/** Commands and events of corrections and retractions, for the Referral fixture tests. */
final class CorrectionTestData {

    static final CorrectionReason REASON = CorrectionReason.DATA_ENTRY_ERROR;

    static Replacement decision(LocalDate decidedOn, DecisionOutcome outcome) {
        return new Replacement(null, null, null, null, null, decidedOn, outcome, null, null, null, null, null, null,
                null);
    }

    static Replacement referral(LocalDate referredOn) {
        return new Replacement(referredOn, JURISDICTION, FIRST_RESPONDER, SURVIVOR, EXPLOITATION, null, null, null,
                null, null, null, null, null, null);
    }

    static Replacement reconsideration(org.nrmtracker.kernel.referral.DecisionStage stage, LocalDate requestedOn) {
        return new Replacement(null, null, null, null, null, null, null, stage, requestedOn, null, null, null, null,
                null);
    }

    static Replacement supportStart(LocalDate startedOn) {
        return new Replacement(null, null, null, null, null, null, null, null, null, startedOn,
                SupportKind.ACCOMMODATION, null, null, null);
    }

    static Replacement supportEnd(LocalDate endedOn) {
        return new Replacement(null, null, null, null, null, null, null, null, null, null, null, endedOn,
                SupportEndReason.MOVED_ON, null);
    }

    static Replacement withdrawal(LocalDate withdrawnOn) {
        return new Replacement(null, null, null, null, null, null, null, null, null, null, null, null, null,
                withdrawnOn);
    }

    static CorrectEvent correct(long sequence, Replacement replacement) {
        return new CorrectEvent(ID, sequence, replacement, REASON);
    }

    static RetractEvent retract(long sequence) {
        return new RetractEvent(ID, sequence, CorrectionReason.WRONG_REFERRAL);
    }

    static EventCorrected corrected(long sequence, ReferralEvent replacement) {
        return new EventCorrected(ID, sequence, replacement, REASON);
    }

    static EventRetracted retracted(long sequence) {
        return new EventRetracted(ID, sequence, CorrectionReason.WRONG_REFERRAL);
    }

    private CorrectionTestData() {
    }
}
