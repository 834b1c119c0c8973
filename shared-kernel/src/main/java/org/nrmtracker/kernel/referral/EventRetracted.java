package org.nrmtracker.kernel.referral;

/**
 * An earlier event is treated as never having happened. Retracting sequence 0, the referral itself, retracts
 * the whole referral.
 */
public record EventRetracted(ReferralId referralId, long retracts, CorrectionReason reason) implements Amendment {

    @Override
    public long target() {
        return retracts;
    }
}
