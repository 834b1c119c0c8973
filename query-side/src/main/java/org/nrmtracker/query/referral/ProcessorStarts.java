package org.nrmtracker.query.referral;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which read models' processors found no tokens when this instance started them, and so start from the tail: the
 * in-memory model's at every start, {@code referral_records}' on a new deployment. Those are the models worth
 * building in one pass (see the admin package's start-up build).
 */
@Component
public class ProcessorStarts {

    private final Set<String> fromTheTail = ConcurrentHashMap.newKeySet();

    /** A processor's initial token: the tail, noting that the group had no tokens. */
    public TrackingToken fromTheTail(String group, StreamableMessageSource<TrackedEventMessage<?>> source) {
        fromTheTail.add(group);
        return source.createTailToken();
    }

    public boolean startedFromTheTail(String group) {
        return fromTheTail.contains(group);
    }
}
