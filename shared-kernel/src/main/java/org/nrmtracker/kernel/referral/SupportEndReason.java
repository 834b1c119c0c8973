package org.nrmtracker.kernel.referral;

/** Why a support period ended. */
public enum SupportEndReason {
    MOVED_ON, NEGATIVE_DECISION, WITHDREW, LOST_CONTACT, LEFT_UK, OTHER
}
