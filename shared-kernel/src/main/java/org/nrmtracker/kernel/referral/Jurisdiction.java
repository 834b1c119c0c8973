package org.nrmtracker.kernel.referral;

/** The UK legal jurisdiction of a referral; each has its own bank holidays and support rules. */
public enum Jurisdiction {
    ENGLAND_AND_WALES, SCOTLAND, NORTHERN_IRELAND
}
