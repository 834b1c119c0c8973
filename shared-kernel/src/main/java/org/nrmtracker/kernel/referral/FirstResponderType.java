package org.nrmtracker.kernel.referral;

/** The kind of first responder organisation that made the referral. */
public enum FirstResponderType {
    POLICE, LOCAL_AUTHORITY, GOVERNMENT_AGENCY, NGO, OTHER
}
