package org.nrmtracker.kernel.eventstore;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * A real pooled streaming processor tailing an engine, counting how often each event reaches it.
 */
final class TrackingProbe implements AutoCloseable {

    private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    private final AtomicLong total = new AtomicLong();
    private final EmbeddedEventStore store;
    private final PooledStreamingEventProcessor processor;

    TrackingProbe(EventStorageEngine engine, int segments) {
        this.store = EmbeddedEventStore.builder().storageEngine(engine)
                .fetchDelay(50).cachedEvents(10_000).build();
        this.processor = PooledStreamingEventProcessor.builder()
                .name("probe")
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(this).build())
                .messageSource(store)
                .tokenStore(new InMemoryTokenStore())
                .transactionManager(NoTransactionManager.INSTANCE)
                .coordinatorExecutor(Executors.newSingleThreadScheduledExecutor())
                .workerExecutor(Executors.newScheduledThreadPool(segments))
                .initialSegmentCount(segments)
                .batchSize(100)
                .build();
        processor.start();
    }

    @EventHandler
    void on(TestEvent event, EventMessage<?> message) {
        deliveries.computeIfAbsent(message.getIdentifier(), id -> new AtomicInteger()).incrementAndGet();
        total.incrementAndGet();
    }

    long total() {
        return total.get();
    }

    Map<String, AtomicInteger> deliveries() {
        return deliveries;
    }

    boolean awaitTotal(long expected, Duration timeout) throws InterruptedException {
        return await(() -> total.get() >= expected, timeout);
    }

    static boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    @Override
    public void close() {
        processor.shutDown();
        store.shutDown();
    }
}
