package org.nrmtracker.query.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.nrmtracker.kernel.eventstore.RecordedAt;
import org.nrmtracker.kernel.referral.Amendment;
import org.nrmtracker.kernel.referral.ConclusiveGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.CorrectedHistory;
import org.nrmtracker.kernel.referral.CorrectionReason;
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

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a timeline's {@code events}; fields a type does not have are left out. A corrected event shows its
 * fields as corrected and {@code correctedBy}, the correction applied; a retracted one its fields as recorded and
 * {@code retractedBy} (docs/api.md §4.1).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEvent(long sequence, ReferralEventType type, LocalDate date, DecisionOutcome outcome,
                            DecisionStage stage, SupportKind kind, SupportEndReason reason, String recordedAt,
                            Amended correctedBy, Amended retractedBy) {

    /** The correction or retraction of an event: its own sequence, why, and when it was recorded. */
    public record Amended(long sequence, CorrectionReason reason, String recordedAt) {

        static Amended of(ReferralRecordEvent amendment) {
            return amendment == null ? null : new Amended(amendment.sequence(),
                    ((Amendment) amendment.event()).reason(),
                    formatted(amendment.recordedAt()));
        }
    }

    public TimelineEvent(long sequence, ReferralEventType type, LocalDate date, DecisionOutcome outcome,
                         DecisionStage stage, SupportKind kind, SupportEndReason reason, String recordedAt) {
        this(sequence, type, date, outcome, stage, kind, reason, recordedAt, null, null);
    }

    static TimelineEvent of(CorrectedHistory.Entry<ReferralRecordEvent> entry) {
        ReferralEvent event = entry.event();
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
        ReferralRecordEvent recorded = entry.recorded();
        return new TimelineEvent(recorded.sequence(), type, TimelineEvents.dateOf(entry), outcome, stage, kind,
                reason, formatted(recorded.recordedAt()), Amended.of(entry.correctedBy()),
                Amended.of(entry.retractedBy()));
    }

    private static String formatted(Instant recordedAt) {
        return recordedAt == null ? null : RecordedAt.format(recordedAt);
    }
}
