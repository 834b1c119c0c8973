package org.nrmtracker.query.timeline;

/**
 * Where a referral stands, from its latest decisions (docs/api.md §4.1); {@code RETRACTED} when the referral itself
 * was retracted, which only its own timeline shows (it leaves every list).
 */
public enum ReferralStatus {
    AWAITING_REASONABLE_GROUNDS, NEGATIVE_REASONABLE_GROUNDS, AWAITING_CONCLUSIVE_GROUNDS,
    POSITIVE_CONCLUSIVE_GROUNDS, NEGATIVE_CONCLUSIVE_GROUNDS, WITHDRAWN, RETRACTED
}
