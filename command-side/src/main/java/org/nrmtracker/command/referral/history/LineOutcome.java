package org.nrmtracker.command.referral.history;

import org.nrmtracker.command.referral.RecordedEvent;

/**
 * What became of one line of a batch, held until the batch is stored: only then may it be counted. {@code recorded}
 * is set for an accepted or duplicate line, {@code rejection} for a refused one.
 */
record LineOutcome(long line, RecordedEvent recorded, RejectedLine rejection) {

    static LineOutcome recorded(long line, RecordedEvent recorded) {
        return new LineOutcome(line, recorded, null);
    }

    static LineOutcome rejected(long line, RejectedLine rejection) {
        return new LineOutcome(line, null, rejection);
    }

    /** Whether this line recorded the event now, rather than finding it already recorded. */
    boolean accepted() {
        return recorded != null && !recorded.duplicate();
    }

    void countIn(ImportTally tally) {
        if (rejection != null) {
            tally.reject(line, rejection.status(), rejection.detail());
        } else if (recorded.duplicate()) {
            tally.duplicate();
        } else {
            tally.accept();
        }
    }
}
