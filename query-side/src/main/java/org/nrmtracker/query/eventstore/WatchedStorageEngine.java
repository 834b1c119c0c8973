package org.nrmtracker.query.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.nrmtracker.kernel.eventstore.UnreadableStoredEvent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The event storage engine as the read models read it: an event the engine cannot read stops the stream there (the
 * kernel's {@link UnreadableStoredEvent}), and this tells {@link UnreadableEvents} so before the failure goes on to
 * the reader, which retries from where it was. Everything else is the engine's own.
 */
public final class WatchedStorageEngine implements EventStorageEngine {

    private final EventStorageEngine engine;
    private final UnreadableEvents unreadable;
    private final String reader;

    public WatchedStorageEngine(EventStorageEngine engine, UnreadableEvents unreadable, String reader) {
        this.engine = engine;
        this.unreadable = unreadable;
        this.reader = reader;
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(trackingToken, mayBlock);
        return StreamSupport.stream(new Watched<>(events.spliterator()), false).onClose(events::close);
    }

    private final class Watched<T> implements Spliterator<T> {
        private final Spliterator<T> events;

        Watched(Spliterator<T> events) {
            this.events = events;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            try {
                return events.tryAdvance(action);
            } catch (UnreadableStoredEvent e) {
                unreadable.stoppedAt(e, reader);
                throw e;
            }
        }

        @Override
        public Spliterator<T> trySplit() {
            return null;
        }

        @Override
        public long estimateSize() {
            return events.estimateSize();
        }

        @Override
        public int characteristics() {
            return events.characteristics() & ~(SIZED | SUBSIZED);
        }
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        engine.appendEvents(events);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        engine.storeSnapshot(snapshot);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return engine.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return engine.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return engine.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return engine.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return engine.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return engine.createTokenAt(dateTime);
    }
}
