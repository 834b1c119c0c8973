package org.nrmtracker.kernel.referral;

/**
 * A correction or retraction of an earlier event of the same referral (docs/api.md §2). The stream keeps the
 * original and the amendment as recorded; what is in effect is their fold, {@link CorrectedHistory}.
 */
public sealed interface Amendment extends ReferralEvent permits EventCorrected, EventRetracted {

    /** The sequence of the original event amended. */
    long target();

    CorrectionReason reason();
}
