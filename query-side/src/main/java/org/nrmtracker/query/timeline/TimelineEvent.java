package org.nrmtracker.query.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.nrmtracker.kernel.eventstore.RecordedAt;
import org.nrmtracker.kernel.referral.ConclusiveGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReconsiderationRequested;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralEventType;
import org.nrmtracker.kernel.referral.SupportEndReason;
import org.nrmtracker.kernel.referral.SupportEnded;
import org.nrmtracker.kernel.referral.SupportKind;
import org.nrmtracker.kernel.referral.SupportStarted;
import org.nrmtracker.query.referral.ReferralRecordEvent;

import java.time.LocalDate;

/** One line of a timeline's {@code events}; fields a type does not have are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEvent(long sequence, ReferralEventType type, LocalDate date, DecisionOutcome outcome,
                            DecisionStage stage, SupportKind kind, SupportEndReason reason, String recordedAt) {

    static TimelineEvent of(ReferralRecordEvent recorded) {
        ReferralEvent event = recorded.event();
        ReferralEventType type = ReferralEventType.of(event);
        DecisionOutcome outcome = null;
        DecisionStage stage = null;
        SupportKind kind = null;
        SupportEndReason reason = null;
        if (event instanceof ReasonableGroundsDecisionRecorded decision) {
            outcome = decision.outcome();
        } else if (event instanceof ConclusiveGroundsDecisionRecorded decision) {
            outcome = decision.outcome();
        } else if (event instanceof ReconsiderationRequested request) {
            stage = request.stage();
        } else if (event instanceof SupportStarted started) {
            kind = started.kind();
        } else if (event instanceof SupportEnded ended) {
            reason = ended.reason();
        }
        return new TimelineEvent(recorded.sequence(), type, recorded.date(), outcome, stage, kind, reason,
                recorded.recordedAt() == null ? null : RecordedAt.format(recorded.recordedAt()));
    }
}
