package org.nrmtracker.kernel.referral;

/** How a person entered support. */
public enum SupportKind {
    ACCOMMODATION, OUTREACH
}
