package org.nrmtracker.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Not a test: our event store against what an Axon user would choose instead, Axon's JdbcEventStorageEngine on a
 * real PostgreSQL, the same operations on both in one process: appends of one event a commit from 16 threads,
 * appends in commits of 500, a replay of every stored event into a no-op pooled processor, and aggregate loads from
 * 16 threads. Skipped, saying why, when PostgreSQL's server is not installed. Part of {@link Benchmark}; on its own:
 * {@code main [events, default 20000] [seconds per timed run, default 5]} with the test classpath
 * (docs/benchmark-peer.md). {@code -Dbenchmark.peer-sync-to-disk=true} runs ours fsyncing every commit, as the peer
 * does by default; without it ours runs as the application's default does.
 */
public final class PeerComparison {

    /** Clients of the concurrent appends and loads; {@code -Dbenchmark.peer-threads} to compare with other counts. */
    static final int THREADS = Integer.getInteger("benchmark.peer-threads", 16);
    private static final long HISTORY_SEED = 20_261_206L;
    private static final int WARM_UP_EVENTS = 2_000;
    private static final Duration REPLAY_CAP = Duration.ofMinutes(30);

    /** Empty, after saying why, when PostgreSQL is not installed here. */
    static Optional<PeerFigures> run(int events, Duration load, Path dir) throws Exception {
        Optional<Path> postgres = PostgresCluster.binaries();
        if (postgres.isEmpty()) {
            Benchmark.say("Skipping the comparison with the peer (Axon's JdbcEventStorageEngine on PostgreSQL): no "
                    + "PostgreSQL server here (no /usr/lib/postgresql/*/bin/initdb and pg_ctl). To run it, install "
                    + "it: apt-get install postgresql (the benchmark starts a server of its own).");
            return Optional.empty();
        }
        List<ReferralHistories.History> histories = ReferralHistories.totalling(events, HISTORY_SEED);
        List<ReferralHistories.History> warmUp = ReferralHistories.totalling(WARM_UP_EVENTS, HISTORY_SEED + 1);
        Duration warmUpLoad = load.compareTo(Duration.ofSeconds(5)) < 0 ? load : Duration.ofSeconds(5);
        try (PostgresCluster cluster = PostgresCluster.start(postgres.get());
             ComparedStore ours = ComparedStore.ours(Files.createDirectories(dir).resolve("ours.mv"),
                     Boolean.getBoolean("benchmark.peer-sync-to-disk"));
             ComparedStore peer = ComparedStore.peer(cluster)) {
            String peerName = "Axon 4.13 JdbcEventStorageEngine, PostgreSQL " + cluster.version() + ", "
                    + (PostgresCluster.SETTINGS.isBlank() ? "defaults" : PostgresCluster.SETTINGS);
            Benchmark.say("  load average before: %.1f", loadAverage());
            List<ComparedStore> both = List.of(ours, peer);
            // both engines, the driver code and the processor compiled before anything is timed
            for (ComparedStore store : both) {
                BatchedAppends.append("warm-up", store.engine(), warmUp);
                replay(store, WARM_UP_EVENTS);
            }
            Benchmark.say("  appending %,d events in commits of %d...", events, BatchedAppends.EVENTS_PER_COMMIT);
            Seeding.Rate oursBatched = BatchedAppends.append(ours.name(), ours.engine(), histories);
            Seeding.Rate peerBatched = BatchedAppends.append(peer.name(), peer.engine(), histories);
            Benchmark.say("  replaying them...");
            TimedReplay.Result oursReplay = replay(ours, WARM_UP_EVENTS + events);
            TimedReplay.Result peerReplay = replay(peer, WARM_UP_EVENTS + events);
            Benchmark.say("  aggregate loads and appends from %d threads, %d s each...", THREADS, load.toSeconds());
            LoadClients.Result oursLoads = loads(ours, histories, warmUpLoad, load);
            LoadClients.Result peerLoads = loads(peer, histories, warmUpLoad, load);
            LoadClients.Result oursAppends = appends(ours, warmUpLoad, load);
            LoadClients.Result peerAppends = appends(peer, warmUpLoad, load);
            Benchmark.say("  load average after: %.1f (other processes on this machine share its cores)", loadAverage());
            return Optional.of(new PeerFigures(events, THREADS, peerName,
                    new PeerFigures.Side(ours.name(), oursAppends, oursBatched, oursReplay, oursLoads),
                    new PeerFigures.Side(peer.name(), peerAppends, peerBatched, peerReplay, peerLoads)));
        }
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static TimedReplay.Result replay(ComparedStore store, int expected) throws InterruptedException {
        NoOpHandler handler = new NoOpHandler(expected);
        return TimedReplay.replay(store.name(), store.engine(), expected, REPLAY_CAP, handler, handler.deliveries);
    }

    private static LoadClients.Result loads(ComparedStore store, List<ReferralHistories.History> stored,
                                            Duration warmUp, Duration load) throws Exception {
        LoadClients.run(THREADS, warmUp, n -> new AggregateLoader(store.engine(), stored, 100 + n));
        return LoadClients.run(THREADS, load, n -> new AggregateLoader(store.engine(), stored, n));
    }

    /** Each client's referrals are new, so no two clients append to one stream. */
    private static LoadClients.Result appends(ComparedStore store, Duration warmUp, Duration load) throws Exception {
        LoadClients.run(THREADS, warmUp, n -> new SingleEventAppender(store.engine(), HISTORY_SEED + 100 + n));
        return LoadClients.run(THREADS, load, n -> new SingleEventAppender(store.engine(), HISTORY_SEED + 200 + n));
    }

    /** Exits when done, as {@link Benchmark#main} does: the engines leave threads behind. */
    public static void main(String[] args) {
        Benchmark.exitAfter(() -> {
            int events = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
            Duration load = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 5);
            Path dir = Files.createTempDirectory("peer-comparison-");
            try {
                run(events, load, dir).ifPresent(figures -> System.out.print(figures.table()));
            } finally {
                EngineReplayComparison.deleteRecursively(dir);
            }
        });
    }

    private PeerComparison() {
    }
}
