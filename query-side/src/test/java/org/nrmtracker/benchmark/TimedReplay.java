package org.nrmtracker.benchmark;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Replays an engine from its tail through a pooled streaming processor set up like the query
 * side's in-memory read model (2 segments, 2 worker threads, batches of 500, an EmbeddedEventStore
 * polling every 100 ms with 10,000 cached events), and times it until the last event is handled.
 */
final class TimedReplay {

    /** What one replay delivered within its cap. */
    record Result(int expected, int delivered, int duplicates, int failures, double seconds,
                  boolean capped) {
        double eventsPerSecond() {
            return delivered / seconds;
        }

        boolean everyEventOnce() {
            return delivered == expected && duplicates == 0 && failures == 0;
        }
    }

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(30);

    /** Replays into a handler that folds every event into referral records, as the in-memory read model does. */
    static Result replay(String name, EventStorageEngine engine, int expected, Duration cap)
            throws InterruptedException {
        FoldingHandler handler = new FoldingHandler(expected);
        return replay(name, engine, expected, cap, handler, handler.deliveries);
    }

    /** Replays into {@code handler}, which reports each event it was given to {@code deliveries}. */
    static Result replay(String name, EventStorageEngine engine, int expected, Duration cap, Object handler,
                         Deliveries deliveries) throws InterruptedException {
        EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(engine)
                .fetchDelay(100).cachedEvents(10_000).build();
        ScheduledExecutorService coordinator = Executors.newSingleThreadScheduledExecutor(named(name + "-coordinator"));
        ScheduledExecutorService workers = Executors.newScheduledThreadPool(2, named(name + "-worker"));
        PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(handler).build())
                .messageSource(eventStore)
                .tokenStore(new InMemoryTokenStore())
                .transactionManager(NoTransactionManager.INSTANCE)
                .coordinatorExecutor(coordinator)
                .workerExecutor(workers)
                .initialSegmentCount(2)
                .batchSize(500)
                // a plain tail token: Axon 4.13 otherwise wraps it in a ReplayToken, which
                // axon-mongo's token mishandles (docs/decisions.md, "Axon 4.13 settings that matter"); the query side does the same
                .initialToken(StreamableMessageSource::createTailToken)
                .build();
        long start = System.nanoTime();
        long deadline = start + cap.toNanos();
        boolean complete = false;
        try {
            processor.start();
            while (!complete && System.nanoTime() < deadline) {
                long wait = Math.min(PROGRESS_EVERY.toNanos(), deadline - System.nanoTime());
                complete = deliveries.awaitAll(Math.max(wait, 0));
                if (!complete) {
                    System.err.printf("  %s: %,d of %,d events after %.0f s%n", name, deliveries.distinctEvents(),
                            expected, (System.nanoTime() - start) / 1e9);
                }
            }
            // time to the last event handled, not to the moment this thread noticed it
            long end = complete ? deliveries.lastEventNanos() : System.nanoTime();
            double seconds = (end - start) / 1e9;
            if (complete) {
                Thread.sleep(500); // anything delivered twice right after the last event still counts
            }
            return new Result(expected, deliveries.distinctEvents(), deliveries.duplicates(), deliveries.failures(),
                    seconds, !complete);
        } finally {
            processor.shutDown();
            coordinator.shutdownNow();
            workers.shutdownNow();
            eventStore.shutDown();
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private TimedReplay() {
    }
}
