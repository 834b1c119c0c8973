package org.nrmtracker.query.problem;

/** No referral with this id is known to the read side (404). */
public class ReferralNotFound extends RuntimeException {

    public ReferralNotFound() {
        super("Unknown referral", null, false, false);
    }
}
