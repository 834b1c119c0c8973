package org.nrmtracker.query.reads;

/**
 * What a read endpoint answers from, and so how far its answers have got (docs/api.md §1, {@code NRM-Position}).
 */
public enum ReadModel {

    /** Lists and statistics: this instance's in-memory model of every referral. */
    ALL_REFERRALS,
    /** One referral: the in-memory model once it has caught up, else {@code referral_records}. */
    ONE_REFERRAL,
    /** The audit reads: the event store itself. */
    EVENT_STORE
}
