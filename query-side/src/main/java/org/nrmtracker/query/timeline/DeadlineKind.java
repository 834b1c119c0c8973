package org.nrmtracker.query.timeline;

/** What ends on a referral's next deadline (docs/api.md §4.3). */
public enum DeadlineKind {
    /** The statutory minimum recovery period after the positive RG decision. */
    RECOVERY_PERIOD,
    /** A decision window (docs/api.md §4.1). */
    WINDOW
}
