package org.nrmtracker.kernel.referral;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * An earlier event was recorded wrongly: {@code replacement}, an event of the same type with every field as it
 * should have been, takes its place; a later correction of the same event supersedes this one. The replacement is
 * stored with its {@code type}, so an auditor reads it without knowing the original.
 */
public record EventCorrected(ReferralId referralId, long corrects,
                             @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
                             @JsonSubTypes({
                                     @JsonSubTypes.Type(value = ReferralMade.class, name = "REFERRED"),
                                     @JsonSubTypes.Type(value = ReasonableGroundsDecisionRecorded.class,
                                             name = "REASONABLE_GROUNDS_DECISION"),
                                     @JsonSubTypes.Type(value = ConclusiveGroundsDecisionRecorded.class,
                                             name = "CONCLUSIVE_GROUNDS_DECISION"),
                                     @JsonSubTypes.Type(value = ReconsiderationRequested.class,
                                             name = "RECONSIDERATION_REQUESTED"),
                                     @JsonSubTypes.Type(value = SupportStarted.class, name = "SUPPORT_STARTED"),
                                     @JsonSubTypes.Type(value = SupportEnded.class, name = "SUPPORT_ENDED"),
                                     @JsonSubTypes.Type(value = ReferralWithdrawn.class, name = "WITHDRAWN")})
                             ReferralEvent replacement,
                             CorrectionReason reason) implements Amendment {

    @Override
    public long target() {
        return corrects;
    }
}
