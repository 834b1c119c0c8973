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

/** The staged events of nested units of work, gathered in linear time, are exactly the ones Axon gathers. */
class StagedEventsStoreTest {

    private final StagedEventsStore store = new StagedEventsStore(
            EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()));

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
        expected.add(pending);

        List<EventMessage<?>> gathered = store.queuedMessages();

        assertThat(gathered).hasSize(expected.size()).containsExactlyElementsOf(store.queuedMessagesAsAxonGathersThem());
        assertThat(gathered).containsExactlyInAnyOrderElementsOf(expected);
        open.rollback();
        batch.rollback();
    }

    @Test
    void nothingOutsideAUnitOfWork() {
        assertThat(store.queuedMessages()).isEmpty();
    }

    private static EventMessage<?> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Referral", aggregate, sequence, "payload " + aggregate + sequence);
    }
}
