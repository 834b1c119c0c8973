package org.nrmtracker.query.statistics;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Small-cell suppression (docs/api.md §5): a group counting fewer referrals (decisions, on the decisions endpoint)
 * than this shows its key and no numbers, so that nobody can be singled out from a small group. 0 or 1 turns it off.
 */
@Component
final class MinimumCellSize {

    private final int value;

    MinimumCellSize(@Value("${nrm.statistics.minimum-cell-size:10}") int value) {
        if (value < 0) {
            throw new IllegalArgumentException("nrm.statistics.minimum-cell-size must be 0 or more");
        }
        this.value = value;
    }

    int value() {
        return value;
    }

    boolean suppresses(long count) {
        return count < value;
    }
}
