package org.nrmtracker.query.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.kernel.referral.ReferralEventType;
import org.nrmtracker.kernel.referral.SupportEndReason;
import org.nrmtracker.kernel.referral.SupportKind;

import java.time.LocalDate;

/** One line of a timeline's {@code events}; fields a type does not have are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEvent(long sequence, ReferralEventType type, LocalDate date, DecisionOutcome outcome,
                            DecisionStage stage, SupportKind kind, SupportEndReason reason, String recordedAt) {
}
