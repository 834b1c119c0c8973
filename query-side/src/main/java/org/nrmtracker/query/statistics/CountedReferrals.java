package org.nrmtracker.query.statistics;

import org.nrmtracker.query.referral.ReferralRecord;

/**
 * Whose referrals a statistic counts (docs/api.md §5, §8): an analyst's ({@code statistics:read}) every referral; a
 * provider's ({@code referrals:write} alone) only those its own organisation made. Suppression is the same for both.
 *
 * @param organisation the one organisation whose referrals count, or null for all of them
 */
record CountedReferrals(String organisation) {

    static final CountedReferrals ALL = new CountedReferrals(null);

    /** Referrals recorded before events carried an organisation belong to no provider. */
    boolean counts(ReferralRecord referral) {
        return organisation == null || organisation.equals(referral.organisation());
    }
}
