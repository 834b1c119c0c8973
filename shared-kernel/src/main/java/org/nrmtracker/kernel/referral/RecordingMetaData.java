package org.nrmtracker.kernel.referral;

/**
 * Metadata the command side stores on every referral event, beside its payload: who recorded it and for which
 * organisation (docs/api.md §8). The query side reads a referral's owner from its {@code REFERRED} event.
 */
public final class RecordingMetaData {

    /** The client of the token that recorded the event: the audit trail's {@code recordedBy}. */
    public static final String RECORDED_BY = "recordedBy";
    /** The organisation (token claim {@code org}) that recorded the event; the referral's owner. */
    public static final String ORGANISATION = "organisation";

    private RecordingMetaData() {
    }
}
