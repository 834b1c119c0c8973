package org.nrmtracker.command.referral;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.nrmtracker.kernel.referral.ReferralId;

/**
 * A referral the caller may not see: answered exactly like one that does not exist (404), so that existence does
 * not leak across organisations (contract §8).
 */
public class ReferralNotFound extends AggregateNotFoundException {

    public ReferralNotFound(ReferralId referralId) {
        super(referralId.toString(), "No such referral");
    }
}
