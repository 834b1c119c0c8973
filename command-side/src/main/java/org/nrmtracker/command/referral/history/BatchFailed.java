package org.nrmtracker.command.referral.history;

import java.util.List;

/**
 * A batch of lines could not be stored as one: a concurrent writer took a position first, a line failed in an
 * unexpected way, or the store refused. None of its outcomes may be counted; some of its commits may be stored
 * (a partial insert), and the lines, sent again one by one, find those already recorded.
 */
final class BatchFailed extends RuntimeException {

    private final transient List<LineOutcome> attempted;

    /** @param attempted the outcomes the lines had before the batch failed, in order; maybe not all of them */
    BatchFailed(Throwable cause, List<LineOutcome> attempted) {
        super("The batch was not stored as one", cause, false, false);
        this.attempted = attempted;
    }

    List<LineOutcome> attempted() {
        return attempted;
    }
}
