package org.nrmtracker.kernel.referral;

/** Gender as recorded on the referral. */
public enum Gender {
    FEMALE, MALE, OTHER, NOT_SPECIFIED
}
