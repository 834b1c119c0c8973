package org.nrmtracker.query.admin;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.query.eventstore.UnreadableEvents;
import org.nrmtracker.query.eventstore.WatchedStorageEngine;
import org.nrmtracker.query.referral.ReferralRecordFolding;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The event store read directly, outside the processors, by the jobs that build read models in one pass: our
 * engine streams a million events in seconds, where Axon's per-event machinery takes minutes.
 */
@Component
class EventStoreReads {

    /** What a read model does with one referral event. */
    interface Application {
        void apply(ReferralEvent event, long sequence, Instant recordedAt, String organisation);
    }

    private final EventStorageEngine eventStore;
    private final UnreadableEvents unreadable;

    EventStoreReads(EventStorageEngine eventStore, UnreadableEvents unreadable) {
        // an event it cannot read fails the job there (UnreadableStoredEvent), reported as the processors' are
        this.eventStore = new WatchedStorageEngine(eventStore, unreadable, "a one-pass build or rebuild");
        this.unreadable = unreadable;
    }

    TrackingToken tail() {
        return eventStore.createTailToken();
    }

    long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0L);
    }

    /** Reads from {@code from} until the store has nothing newer, and returns the last position. */
    TrackingToken replay(TrackingToken from, Consumer<TrackedEventMessage<?>> handler) {
        TrackingToken[] last = {from};
        try (Stream<? extends TrackedEventMessage<?>> events = eventStore.readEvents(from, false)) {
            events.forEachOrdered(event -> {
                handler.accept(event);
                last[0] = event.trackingToken();
                event.trackingToken().position().ifPresent(unreadable::passed);
            });
        }
        return last[0];
    }

    /** Applies every event after {@code from} that {@code end} covers. */
    void replayUpTo(TrackingToken from, TrackingToken end, Application application) {
        try (Stream<? extends TrackedEventMessage<?>> events = eventStore.readEvents(from, false)) {
            events.filter(event -> end != null && end.covers(event.trackingToken()))
                    .forEach(event -> apply(event, application));
        }
    }

    static void apply(TrackedEventMessage<?> event, Application application) {
        if (event.getPayload() instanceof ReferralEvent referralEvent && event instanceof DomainEventMessage<?> domain) {
            Object organisation = event.getMetaData().get(ReferralRecordFolding.ORGANISATION);
            application.apply(referralEvent, domain.getSequenceNumber(), event.getTimestamp(),
                    organisation instanceof String text ? text : null);
        }
    }
}
