package org.nrmtracker.kernel.referral;

/** Every fact recorded on a referral's stream. */
public sealed interface ReferralEvent
        permits ReferralMade, ReasonableGroundsDecisionRecorded, ConclusiveGroundsDecisionRecorded,
        ReconsiderationRequested, SupportStarted, SupportEnded, ReferralWithdrawn, PersonalDataErased, Amendment {

    ReferralId referralId();
}
