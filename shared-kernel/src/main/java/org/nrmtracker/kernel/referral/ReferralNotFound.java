package org.nrmtracker.kernel.referral;

import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * A referral that was never recorded, or that the caller may not see: both sides answer the two exactly alike
 * (404), so that existence does not leak across organisations (docs/api.md §8). Here, not in either application,
 * because the {@code Referral} aggregate throws it and the read side answers with it alike.
 */
public class ReferralNotFound extends AggregateNotFoundException {

    public ReferralNotFound(ReferralId referralId) {
        super(referralId.toString(), "No such referral");
    }
}
