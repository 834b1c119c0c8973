package org.nrmtracker.kernel.eventstore;

import org.axonframework.eventsourcing.eventstore.EventStoreException;

/**
 * A commit was sent, but whether the store kept it is unknown: the server acknowledged it without the majority the
 * code asks for (a write-concern error), or no answer came before the commit's deadline (a timeout, a lost
 * connection, no primary). It may be stored, or may never be (docs/consistency.md, "Unknown outcomes"); either way
 * it is not a concurrency conflict, and the stream's chain head is read again from the store before its next commit.
 */
public class WriteOutcomeUnknown extends EventStoreException {

    WriteOutcomeUnknown(String message, Throwable cause) {
        super(message, cause);
    }
}
