package org.nrmtracker.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** A fixed number of clients, each sending its next request as soon as the previous one was answered. */
final class LoadClients {

    /** One client's next request; answers its HTTP status. Each client gets its own instance. */
    interface Client {
        int send() throws Exception;
    }

    interface ClientFactory {
        Client client(int number);
    }

    record Result(Latencies latencies, long succeeded, long failed, double seconds) {
        double perSecond() {
            return succeeded / seconds;
        }
    }

    static Result run(int clients, Duration duration, ClientFactory factory) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        List<Future<long[]>> outcomes = new ArrayList<>();
        List<Latencies> latencies = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Client client = factory.client(i);
            Latencies own = new Latencies();
            latencies.add(own);
            outcomes.add(pool.submit(() -> {
                long succeeded = 0;
                long failed = 0;
                while (System.nanoTime() < deadline) {
                    long sent = System.nanoTime();
                    int status = client.send();
                    own.add(System.nanoTime() - sent);
                    if (status / 100 == 2) {
                        succeeded++;
                    } else {
                        failed++;
                    }
                }
                return new long[] {succeeded, failed};
            }));
        }
        long succeeded = 0;
        long failed = 0;
        for (Future<long[]> outcome : outcomes) {
            long[] counts = outcome.get();
            succeeded += counts[0];
            failed += counts[1];
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Latencies all = new Latencies();
        latencies.forEach(all::addAll);
        return new Result(all, succeeded, failed, seconds);
    }
}
