package org.nrmtracker.kernel.eventstore;

/**
 * A stored event whose fields do not have the types they were written with (a hand edit of the {@code events}
 * collection): the readers that fold events (aggregates, projections) stop at it rather than pass over it. The
 * message names the position, the referral, the sequence and the fields, never a stored value.
 */
public final class UnreadableStoredEvent extends RuntimeException {

    private final transient StoredEvent event;

    UnreadableStoredEvent(StoredEvent event) {
        super("The event stored at position " + event.globalIndex() + " (referral " + event.aggregateId()
                + ", sequence " + event.sequence() + ") cannot be read: " + event.unreadable());
        this.event = event;
    }

    public long position() {
        return event.globalIndex();
    }

    public String referralId() {
        return event.aggregateId();
    }

    public long sequence() {
        return event.sequence();
    }

    /** What is wrong with it: fields and types, never values. */
    public String problem() {
        return event.unreadable();
    }
}
