package org.nrmtracker.command.referral.http;

import jakarta.validation.Valid;
import org.nrmtracker.command.referral.Replacement;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.kernel.referral.Jurisdiction;
import org.nrmtracker.kernel.referral.SupportEndReason;
import org.nrmtracker.kernel.referral.SupportKind;

import java.time.LocalDate;

/**
 * A correction's {@code replacement}: the fields of the corrected event's type (for {@code REFERRED}, those of
 * docs/api.md §3.1 but {@code referralId}), each checked as on its own endpoint. Which of them it must give, the
 * referral decides: only it knows the corrected event's type.
 */
record ReplacementRequest(LocalDate referredOn, Jurisdiction jurisdiction, @Valid FirstResponderRequest firstResponder,
                          @Valid SurvivorRequest survivor, @Valid ExploitationRequest exploitation,
                          LocalDate decidedOn, DecisionOutcome outcome, DecisionStage stage, LocalDate requestedOn,
                          LocalDate startedOn, SupportKind kind, LocalDate endedOn, SupportEndReason reason,
                          LocalDate withdrawnOn) {

    Replacement toValue() {
        return new Replacement(referredOn, jurisdiction, firstResponder == null ? null : firstResponder.toValue(),
                survivor == null ? null : survivor.toValue("replacement.survivor"),
                exploitation == null ? null : exploitation.toValue("replacement.exploitation"),
                decidedOn, outcome, stage, requestedOn, startedOn, kind, endedOn, reason, withdrawnOn);
    }
}
