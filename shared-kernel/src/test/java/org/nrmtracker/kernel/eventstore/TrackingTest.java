package org.nrmtracker.kernel.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.kernel.eventstore.Engines.event;

class TrackingTest {

    private final EmbeddedMongo mongo = EmbeddedMongo.inMemory();
    private final ExecutorService writers = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        writers.shutdownNow();
        mongo.close();
    }

    @Test
    void aCommitHeldBackAfterReservingItsIndexIsStillDeliveredAndNothingAfterItIsLost() throws Exception {
        CountDownLatch reserved = new CountDownLatch(1);
        SequencedMongoEventStorageEngine engine = Engines.builder(
                InterposedMongo.beforeInserts(mongo.database(), "events", commits -> {
                    if (Thread.currentThread().getName().startsWith("slow")) {
                        reserved.countDown();
                        sleep(Duration.ofSeconds(3));
                    }
                }), Clock.systemUTC()).build();
        try (TrackingProbe probe = new TrackingProbe(engine, 2)) {
            Thread slow = new Thread(() -> engine.appendEvents(event("slow-stream", 0)), "slow-writer");
            slow.start();
            assertThat(reserved.await(5, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 50; i++) {
                engine.appendEvents(event("fast-stream", i));
            }
            assertThat(probe.awaitTotal(50, Duration.ofSeconds(10))).isTrue();
            assertThat(probe.deliveries()).hasSize(50); // the slow commit is a gap, not yet visible

            slow.join();
            for (int i = 50; i < 60; i++) {
                engine.appendEvents(event("fast-stream", i));
            }
            assertThat(probe.awaitTotal(61, Duration.ofSeconds(10))).isTrue();
            Thread.sleep(300);
            assertThat(probe.total()).isEqualTo(61);
            assertThat(probe.deliveries().values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        }
    }

    @Test
    void fiftyThousandEventsFromFourWritersReachATwoSegmentProcessorExactlyOnce() throws Exception {
        SequencedMongoEventStorageEngine engine = Engines.engine(mongo.database());
        int perWriter = 12_500;
        try (TrackingProbe probe = new TrackingProbe(engine, 2)) {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                String writer = "writer-" + w;
                done.add(writers.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        // 125 streams per writer, 100 events each: appends interleave across streams
                        engine.appendEvents(event(writer + "-stream-" + (i % 125), i / 125));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
            assertThat(probe.awaitTotal(50_000, Duration.ofMinutes(3))).isTrue();
            Thread.sleep(500);
            assertThat(probe.total()).isEqualTo(50_000);
            assertThat(probe.deliveries()).hasSize(50_000);
            assertThat(probe.deliveries().values()).extracting(AtomicInteger::get).containsOnly(1);
        }
    }

    @Test
    void aMultiEventCommitIsDeliveredWholeEvenWhenATokenStoppedInsideIt() {
        SequencedMongoEventStorageEngine engine = Engines.engine(mongo.database());
        engine.appendEvents(List.of(event("batch", 0), event("batch", 1), event("batch", 2)));

        var all = engine.readEvents(null, false).toList();
        assertThat(all).hasSize(3);
        var rest = engine.readEvents(all.get(0).trackingToken(), false).toList();
        assertThat(rest).extracting(m -> ((DomainEventMessage<?>) m).getSequenceNumber()).containsExactly(1L, 2L);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
