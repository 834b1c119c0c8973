package org.nrmtracker.query.referral;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which read models' processors found no tokens when this instance started them, and so start from the tail: the
 * in-memory model's at every start, {@code referral_records}' on a new deployment (or whenever its tokens are gone).
 * Those are the models worth building in one pass (see the admin package's start-up build), and the models that
 * must not answer until they hold what the store held then (see the readiness package).
 */
@Component
public class ProcessorStarts {

    private final Map<String, TailStart> fromTheTail = new ConcurrentHashMap<>();

    /**
     * One start from the tail. Told apart by identity, not by value: a model started from nothing twice must be
     * complete again even when the store did not change in between.
     */
    public static final class TailStart {
        private final TrackingToken head;

        TailStart(TrackingToken head) {
            this.head = head;
        }

        /** The store's head when the processor started from the tail: what the model must hold to be complete. */
        public TrackingToken head() {
            return head;
        }
    }

    /** A processor's initial token: the tail, noting that the group had no tokens and how far the store went. */
    public TrackingToken fromTheTail(String group, StreamableMessageSource<TrackedEventMessage<?>> source) {
        fromTheTail.put(group, new TailStart(source.createHeadToken()));
        return source.createTailToken();
    }

    public boolean startedFromTheTail(String group) {
        return fromTheTail.containsKey(group);
    }

    /** The group's latest start from the tail on this instance, if it had one. */
    public Optional<TailStart> latestTailStart(String group) {
        return Optional.ofNullable(fromTheTail.get(group));
    }
}
