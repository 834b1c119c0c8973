package org.nrmtracker.query.timeline;

/** Where a referral stands, from its latest decisions (docs/api.md §4.1). */
public enum ReferralStatus {
    AWAITING_REASONABLE_GROUNDS, NEGATIVE_REASONABLE_GROUNDS, AWAITING_CONCLUSIVE_GROUNDS,
    POSITIVE_CONCLUSIVE_GROUNDS, NEGATIVE_CONCLUSIVE_GROUNDS, WITHDRAWN
}
