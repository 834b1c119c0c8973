package org.nrmtracker.command.referral.http;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.nrmtracker.kernel.referral.ReferralId;

/**
 * The body of {@code POST /api/v1/referrals/{id}/events} (docs/api.md §3.2): one event, named by
 * {@code type}, corrections and retractions included. {@code REFERRED} is not among them: a referral is made at
 * {@code /api/v1/referrals} (and corrected with an {@code EVENT_CORRECTED} of its sequence 0).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ReasonableGroundsDecisionRequest.class, name = "REASONABLE_GROUNDS_DECISION"),
        @JsonSubTypes.Type(value = ConclusiveGroundsDecisionRequest.class, name = "CONCLUSIVE_GROUNDS_DECISION"),
        @JsonSubTypes.Type(value = ReconsiderationRequest.class, name = "RECONSIDERATION_REQUESTED"),
        @JsonSubTypes.Type(value = SupportStartedRequest.class, name = "SUPPORT_STARTED"),
        @JsonSubTypes.Type(value = SupportEndedRequest.class, name = "SUPPORT_ENDED"),
        @JsonSubTypes.Type(value = WithdrawnRequest.class, name = "WITHDRAWN"),
        @JsonSubTypes.Type(value = EventCorrectedRequest.class, name = "EVENT_CORRECTED"),
        @JsonSubTypes.Type(value = EventRetractedRequest.class, name = "EVENT_RETRACTED")
})
sealed interface EventRequest permits ReasonableGroundsDecisionRequest, ConclusiveGroundsDecisionRequest,
        ReconsiderationRequest, SupportStartedRequest, SupportEndedRequest, WithdrawnRequest, EventCorrectedRequest,
        EventRetractedRequest {

    Object toCommand(ReferralId referralId);
}
