package org.nrmtracker.benchmark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.nrmtracker.query.referral.ReferralRecords;

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
 * Projection lag at a steady write rate: writers send events over REST on a fixed schedule, and for each
 * acknowledged event a watcher measures how long until the read models show it: every event in the in-memory
 * model (read through the query side's own bean), every tenth in {@code referral_records} (read by exact key,
 * every 10 ms, so that the watching itself does not load the server).
 */
final class ProjectionLagRun {

    private static final int MONGO_SAMPLE = 10;

    record Result(double eventsPerSecond, long failed, Latencies memory, Latencies durable, long unseen) {
    }

    private record Written(String referralId, long sequence, long ackNanos, boolean sampled) {
    }

    static Result run(Api provider, int mongoPort, ReferralRecords records, double rate, Duration duration,
                      int writers) throws Exception {
        ConcurrentLinkedQueue<Written> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicLong tickets = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long started = System.nanoTime();
        long count = (long) (rate * duration.toSeconds());
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            ReferralWriter writer = new ReferralWriter(provider);
            done.add(pool.submit(() -> {
                for (long i = tickets.getAndIncrement(); i < count; i = tickets.getAndIncrement()) {
                    long due = started + (long) (i * 1e9 / rate);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    if (writer.send() == 201) {
                        acknowledged.add(new Written(writer.lastReferralId(), writer.lastSequence(), System.nanoTime(),
                                i % MONGO_SAMPLE == 0));
                    } else {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        Latencies memory = new Latencies();
        Latencies durable = new Latencies();
        long[] unseen = {0};
        Thread watcher = new Thread(() -> unseen[0] = watch(acknowledged, writing, records, mongoPort, memory, durable));
        watcher.start();
        for (Future<?> writer : done) {
            writer.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        writing.set(false);
        watcher.join();
        return new Result((count - failed.get()) / seconds, failed.get(), memory, durable, unseen[0]);
    }

    /** Polls until every acknowledged event is seen, or 30 s after the writers stop; answers how many never were. */
    private static long watch(ConcurrentLinkedQueue<Written> acknowledged, AtomicBoolean writing,
                              ReferralRecords records, int mongoPort, Latencies memory, Latencies durable) {
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + mongoPort)) {
            MongoCollection<Document> documents = client.getDatabase("nrm").getCollection("referral_records");
            List<Written> inMemory = new ArrayList<>();
            List<Written> inMongo = new ArrayList<>();
            long lastMongoPoll = 0;
            long giveUp = Long.MAX_VALUE;
            while (System.nanoTime() < giveUp && (writing.get() || !acknowledged.isEmpty() || !inMemory.isEmpty()
                    || !inMongo.isEmpty())) {
                if (!writing.get() && giveUp == Long.MAX_VALUE) {
                    giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                }
                for (Written w = acknowledged.poll(); w != null; w = acknowledged.poll()) {
                    inMemory.add(w);
                    if (w.sampled()) {
                        inMongo.add(w);
                    }
                }
                for (Iterator<Written> it = inMemory.iterator(); it.hasNext(); ) {
                    Written w = it.next();
                    if (records.byId(w.referralId()).filter(r -> r.events().size() > w.sequence()).isPresent()) {
                        memory.add(System.nanoTime() - w.ackNanos());
                        it.remove();
                    }
                }
                if (System.nanoTime() - lastMongoPoll > 10_000_000L) {
                    lastMongoPoll = System.nanoTime();
                    for (Iterator<Written> it = inMongo.iterator(); it.hasNext(); ) {
                        Written w = it.next();
                        Document found = documents.find(Filters.eq("_id", w.referralId()))
                                .projection(Projections.include("version")).first();
                        if (found != null && found.get("version", Number.class).longValue() >= w.sequence()) {
                            durable.add(System.nanoTime() - w.ackNanos());
                            it.remove();
                        }
                    }
                }
                sleepBriefly();
            }
            return inMemory.size() + inMongo.size();
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
