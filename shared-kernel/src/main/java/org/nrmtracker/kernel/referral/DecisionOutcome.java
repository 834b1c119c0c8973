package org.nrmtracker.kernel.referral;

/** The outcome of a reasonable- or conclusive-grounds decision. */
public enum DecisionOutcome {
    POSITIVE, NEGATIVE
}
