package org.nrmtracker.benchmark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Projection lag at a steady write rate: writers send events over REST on a fixed schedule, and each acknowledged
 * event's lag is the time until a read model has it. The in-memory model's lag comes from {@link LagProbe}, which
 * its own processor runs; {@code referral_records} is polled by exact key for every {@value #MONGO_SAMPLE}th event,
 * every 20 ms, so that the watching puts little load on the server it measures.
 */
final class ProjectionLagRun {

    private static final int MONGO_SAMPLE = 25;
    private static final long POLL_NANOS = 20_000_000L;

    record Result(double eventsPerSecond, long failed, Latencies memory, Latencies durable, long unseen) {
    }

    private record Written(String referralId, long sequence, long ackNanos) {
    }

    static Result run(Api provider, int mongoPort, LagProbe probe, double rate, Duration duration, int writers)
            throws Exception {
        ConcurrentLinkedQueue<Written> sampled = new ConcurrentLinkedQueue<>();
        AtomicLong tickets = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long count = (long) (rate * duration.toSeconds());
        probe.start();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            ReferralWriter writer = new ReferralWriter(provider);
            done.add(pool.submit(() -> {
                for (long i = tickets.getAndIncrement(); i < count; i = tickets.getAndIncrement()) {
                    long wait = started + (long) (i * 1e9 / rate) - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    if (writer.send() != 201) {
                        failed.incrementAndGet();
                        continue;
                    }
                    probe.acknowledged(writer.lastReferralId(), writer.lastSequence());
                    if (i % MONGO_SAMPLE == 0) {
                        sampled.add(new Written(writer.lastReferralId(), writer.lastSequence(), System.nanoTime()));
                    }
                }
                return null;
            }));
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        Latencies durable = new Latencies();
        long[] unseenDurable = {0};
        Thread watcher = new Thread(() -> unseenDurable[0] = watch(sampled, writing, mongoPort, durable));
        watcher.start();
        for (Future<?> writer : done) {
            writer.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        writing.set(false);
        watcher.join();
        probe.awaitSeen(Duration.ofSeconds(30));
        int[] unseenMemory = {0};
        Latencies memory = probe.stop(unseenMemory);
        return new Result((count - failed.get()) / seconds, failed.get(), memory, durable,
                unseenMemory[0] + unseenDurable[0]);
    }

    /** Polls until every sampled event is in referral_records, or 30 s after the writers stop; answers how many never were. */
    private static long watch(ConcurrentLinkedQueue<Written> sampled, AtomicBoolean writing, int mongoPort,
                              Latencies durable) {
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + mongoPort)) {
            MongoCollection<Document> documents = client.getDatabase("nrm").getCollection("referral_records");
            List<Written> pending = new ArrayList<>();
            long giveUp = Long.MAX_VALUE;
            while (System.nanoTime() < giveUp && (writing.get() || !sampled.isEmpty() || !pending.isEmpty())) {
                if (!writing.get() && giveUp == Long.MAX_VALUE) {
                    giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                }
                for (Written w = sampled.poll(); w != null; w = sampled.poll()) {
                    pending.add(w);
                }
                for (Iterator<Written> it = pending.iterator(); it.hasNext(); ) {
                    Written w = it.next();
                    Document found = documents.find(Filters.eq("_id", w.referralId()))
                            .projection(Projections.include("version")).first();
                    if (found != null && found.get("version", Number.class).longValue() >= w.sequence()) {
                        durable.add(System.nanoTime() - w.ackNanos());
                        it.remove();
                    }
                }
                sleep(POLL_NANOS);
            }
            return pending.size();
        }
    }

    private static void sleep(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
