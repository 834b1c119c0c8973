package org.nrmtracker.query.reads;

/** The model a read answers from had not reached the asked-for {@code minPosition} within the wait (docs/api.md §1). */
public class PositionNotReached extends RuntimeException {

    private final long minPosition;
    private final long position;

    PositionNotReached(long minPosition, long position) {
        super("The read model is at position " + position + ", not yet at " + minPosition);
        this.minPosition = minPosition;
        this.position = position;
    }

    public long minPosition() {
        return minPosition;
    }

    /** How far the model had got when the wait ended. */
    public long position() {
        return position;
    }
}
