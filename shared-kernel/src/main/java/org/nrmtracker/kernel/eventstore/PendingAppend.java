package org.nrmtracker.kernel.eventstore;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Serializer;

import java.util.List;

/**
 * The events one unit of work appends, split into commits ({@link CommitPlan}), waiting to be stored with those
 * of other units of work; then whether they were. Guarded by the {@link CommitQueue} that holds it.
 */
final class PendingAppend {

    final List<List<EventMessage<?>>> commits;
    final Serializer serializer;
    final int eventCount;
    boolean taken;
    boolean done;
    private RuntimeException failure;
    private EventMessage<?> failedEvent;

    PendingAppend(List<? extends EventMessage<?>> events, Serializer serializer) {
        this.commits = CommitPlan.of(events);
        this.serializer = serializer;
        this.eventCount = events.size();
    }

    /** The first failure stands: later commits of a failed append are not stored, so cannot fail again. */
    void fail(RuntimeException failure, EventMessage<?> event) {
        if (this.failure == null) {
            this.failure = failure;
            this.failedEvent = event;
        }
    }

    boolean failed() {
        return failure != null;
    }

    RuntimeException failure() {
        return failure;
    }

    EventMessage<?> failedEvent() {
        return failedEvent;
    }
}
