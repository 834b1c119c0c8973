package org.nrmtracker.kernel.eventstore;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.kernel.eventstore.Engines.event;

/**
 * Appends that arrive while the writers are busy are stored as one group; each caller learns its own outcome, and a
 * commit the server refuses fails only its own caller. The first two appends hold both groups in flight (just
 * before their inserts reach the database) until the others are queued behind them.
 */
class GroupCommitTest {

    private final EmbeddedMongo mongo = EmbeddedMongo.inMemory();
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<long[]> groups = new CopyOnWriteArrayList<>();
    private final Map<String, Throwable> failures = new ConcurrentHashMap<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean breakGroups;
    private final SequencedMongoEventStorageEngine engine = Engines.builder(
            InterposedMongo.beforeInserts(mongo.database(), "events", commits -> {
                long[] indexes = InterposedMongo.indexesOf(commits);
                groups.add(indexes);
                if (Thread.currentThread().getName().startsWith("holder")) {
                    await(release);
                }
                if (breakGroups && indexes[1] > indexes[0]) {
                    throw new OutOfMemoryError("while storing a group");
                }
            }), Clock.systemUTC()).build();

    @AfterEach
    void stop() throws InterruptedException {
        release.countDown();
        for (Thread writer : writers) {
            writer.join(5_000);
        }
        mongo.close();
    }

    @Test
    void appendsQueuedBehindBusyWritersAreStoredTogetherEachOnce() throws Exception {
        holdBothGroups();
        for (int i = 0; i < 10; i++) {
            queue("stream-" + i, 0);
        }
        release.countDown();
        joinAll();

        assertThat(failures).isEmpty();
        assertThat(groups).hasSize(3);
        assertThat(groups.get(2)[1] - groups.get(2)[0] + 1).isEqualTo(10);
        for (int i = 0; i < 10; i++) {
            assertThat(engine.readEvents("stream-" + i).asStream()).hasSize(1);
        }
        assertThat(trackedIndexes()).hasSize(12).doesNotHaveDuplicates();
    }

    @Test
    void aRefusedCommitInAGroupFailsOnlyItsOwnCaller() throws Exception {
        engine.appendEvents(event("taken", 0));
        holdBothGroups();
        for (int i = 0; i < 4; i++) {
            queue("before-" + i, 0);
        }
        queue("taken", 0); // a second writer at a position already stored
        for (int i = 0; i < 4; i++) {
            queue("after-" + i, 0);
        }
        release.countDown();
        joinAll();

        assertThat(failures).containsOnlyKeys("taken");
        assertThat(failures.get("taken")).isInstanceOf(AggregateStreamCreationException.class);
        assertThat(engine.readEvents("taken").asStream()).hasSize(1);
        for (int i = 0; i < 4; i++) {
            assertThat(engine.readEvents("before-" + i).asStream()).hasSize(1);
            assertThat(engine.readEvents("after-" + i).asStream()).hasSize(1);
        }
        assertThat(trackedIndexes()).hasSize(1 + 2 + 8);
    }

    @Test
    void anErrorWhileStoringAGroupFailsEveryAppendInIt() throws Exception {
        breakGroups = true;
        holdBothGroups();
        queue("first", 0);
        queue("second", 0);
        release.countDown();
        joinAll();

        assertThat(failures).containsOnlyKeys("first", "second");
        assertThat(failures.values()).anySatisfy(e -> assertThat(e).isInstanceOf(OutOfMemoryError.class))
                .anySatisfy(e -> assertThat(e).isInstanceOf(EventStoreException.class));
        assertThat(engine.readEvents("first").asStream()).isEmpty();
        assertThat(engine.readEvents("second").asStream()).isEmpty();
    }

    @Test
    void anAppendInterruptedWhileQueuedIsNotStored() throws Exception {
        holdBothGroups();
        Thread queued = queue("interrupted", 0);
        queued.interrupt();
        queued.join(5_000);
        release.countDown();
        joinAll();

        assertThat(failures.get("interrupted")).isInstanceOf(EventStoreException.class);
        assertThat(engine.readEvents("interrupted").asStream()).isEmpty();
        assertThat(trackedIndexes()).hasSize(2);
    }

    /** Counts from the groups already stored, so that a test may append before holding both. */
    private void holdBothGroups() throws InterruptedException {
        int stored = groups.size();
        start("holder-a", "held-a", 0);
        awaitGroups(stored + 1);
        start("holder-b", "held-b", 0);
        awaitGroups(stored + 2);
    }

    /** Starts a writer and returns once it waits in the queue. */
    private Thread queue(String stream, long sequence) throws InterruptedException {
        Thread writer = start("writer-" + stream, stream, sequence);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (writer.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(writer.getState()).isEqualTo(Thread.State.WAITING);
        return writer;
    }

    private Thread start(String name, String stream, long sequence) {
        Thread writer = new Thread(() -> {
            try {
                engine.appendEvents(event(stream, sequence));
            } catch (RuntimeException | Error e) {
                failures.put(stream, e);
            }
        }, name);
        writers.add(writer);
        writer.start();
        return writer;
    }

    private void awaitGroups(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (groups.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(groups).hasSize(count);
    }

    private void joinAll() throws InterruptedException {
        for (Thread writer : writers) {
            writer.join(10_000);
            assertThat(writer.isAlive()).isFalse();
        }
    }

    private List<Long> trackedIndexes() {
        return engine.readEvents(null, false).map(TrackedEventMessage::trackingToken)
                .map(token -> token.position().orElseThrow()).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
