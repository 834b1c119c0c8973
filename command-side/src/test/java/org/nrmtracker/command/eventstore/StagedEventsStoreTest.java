package org.nrmtracker.command.eventstore;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staged events of nested units of work, gathered in linear time, are exactly the ones Axon gathers: the same
 * events go to Axon's own store as well, in the same units of work, and the two must gather the same.
 */
class StagedEventsStoreTest {

    private final StagedEventsStore store = new StagedEventsStore(
            EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()));
    private final AxonsOwn axons = new AxonsOwn();

    @AfterEach
    void endUnitsOfWork() {
        while (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().rollback();
        }
    }

    @Test
    void theEventsOfABatchAndItsLinesInOrderLeavingOutALineRolledBack() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        List<EventMessage<?>> expected = new ArrayList<>();
        for (int line = 0; line < 40; line++) {
            UnitOfWork<?> nested = DefaultUnitOfWork.startAndGet(null);
            List<EventMessage<?>> events = List.of(event("r-" + line, 0), event("r-" + line, 1));
            store.publish(events);
            axons.publish(events);
            if (line % 7 == 3) {
                nested.rollback();
            } else {
                nested.commit();
                expected.addAll(events);
            }
        }
        UnitOfWork<?> open = DefaultUnitOfWork.startAndGet(null);
        EventMessage<?> pending = event("r-open", 0);
        store.publish(pending);
        axons.publish(pending);
        expected.add(pending);

        List<EventMessage<?>> gathered = store.queuedMessages();

        assertThat(gathered).hasSize(expected.size()).containsExactlyElementsOf(axons.gathered());
        assertThat(gathered).containsExactlyInAnyOrderElementsOf(expected);
        open.rollback();
        batch.rollback();
    }

    @Test
    void nothingOutsideAUnitOfWork() {
        assertThat(store.queuedMessages()).isEmpty();
    }

    /** Axon's event store as it is, with its own gathering of staged events within reach of the test. */
    private static final class AxonsOwn extends EmbeddedEventStore {

        AxonsOwn() {
            super(EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()));
        }

        List<EventMessage<?>> gathered() {
            return queuedMessages();
        }
    }

    private static EventMessage<?> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Referral", aggregate, sequence, "payload " + aggregate + sequence);
    }
}
