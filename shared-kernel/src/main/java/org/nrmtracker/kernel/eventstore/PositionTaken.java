package org.nrmtracker.kernel.eventstore;

import org.axonframework.eventsourcing.eventstore.EventStoreException;

/**
 * A commit was refused because its global position ({@code _id}) is already stored: the global sequence's counter
 * was behind the stored commits (a restore that put back an older counter than events). Nothing of the commit is
 * stored; it is no concurrency conflict. The counter has been moved past the stored commits, so a retry succeeds.
 */
final class PositionTaken extends EventStoreException {

    PositionTaken(long position, Throwable cause) {
        super("Global position " + position + " is already stored: the global sequence was behind the stored "
                + "events (restored from an older backup?) and has been moved past them. Nothing was stored; retry.",
                cause);
    }
}
