package org.nrmtracker.benchmark;

import org.nrmtracker.query.endtoend.CommandSideProcess;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The benchmark of issue 6, on the embedded default: the command side from its jar with its durable, file-backed
 * in-process MongoDB and {@code -Xmx512m}; the query side in this JVM against it. Not a test: run it with
 * {@code ./mvnw -Pbenchmark -DskipTests verify} (README, "Benchmark"). Settings, as system properties:
 * {@code benchmark.events} (import size, default 1,000,000), {@code benchmark.seconds} (each load run, default 30),
 * {@code benchmark.warm-up-seconds} (the same load, not measured, before the read and write runs, default 10),
 * {@code benchmark.engine-events} (the engine comparison, default 50,000), {@code benchmark.engine-cap-seconds}
 * (how long axon-mongo may take, default 600), {@code benchmark.peer-events} (the comparison with Axon's
 * JdbcEventStorageEngine on PostgreSQL, skipped when PostgreSQL is not installed; default 1,000,000),
 * {@code benchmark.peer-seconds} (its timed appends and loads, default 20), {@code benchmark.only} ("peer" runs only
 * that comparison; "restart" or "rebuild" only the import and that), {@code benchmark.dir} (work folder, default
 * target/benchmark).
 */
public final class Benchmark {

    private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(30);

    public static void main(String[] args) {
        exitAfter(Benchmark::run);
    }

    /** A run that may fail; {@link #exitAfter} ends the JVM after it. */
    interface Run {
        void run() throws Exception;
    }

    /**
     * Runs and exits with 0, or 1 after printing why it failed: the clients, servers and engines a run started leave
     * threads behind that would keep Maven waiting.
     */
    static void exitAfter(Run work) {
        int status = 1;
        try {
            work.run();
            status = 0;
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            System.out.flush();
            System.exit(status);
        }
    }

    private static void run() throws Exception {
        long events = Long.getLong("benchmark.events", 1_000_000);
        Duration load = Duration.ofSeconds(Long.getLong("benchmark.seconds", 30));
        Duration warmUp = Duration.ofSeconds(Long.getLong("benchmark.warm-up-seconds", 10));
        int engineEvents = Integer.getInteger("benchmark.engine-events", 50_000);
        Duration engineCap = Duration.ofSeconds(Long.getLong("benchmark.engine-cap-seconds", 600));
        int peerEvents = Integer.getInteger("benchmark.peer-events", 1_000_000);
        long peerSeconds = Long.getLong("benchmark.peer-seconds", 20);
        Path dir = Path.of(System.getProperty("benchmark.dir", "target/benchmark")).toAbsolutePath();
        if (Files.exists(dir)) {
            EngineReplayComparison.deleteRecursively(dir);
        }
        Files.createDirectories(dir);
        List<Figure> figures = new ArrayList<>();
        if ("peer".equals(System.getProperty("benchmark.only"))) {
            comparePeer(peerEvents, peerSeconds, dir, figures);
            print(figures, 0);
            return;
        }

        HistoryFile history = generate(dir, events);
        String only = System.getProperty("benchmark.only", "");
        if (only.equals("restart") || only.equals("rebuild")) {
            restartOrRebuildOnly(only, history, dir, figures);
            print(figures, events);
            return;
        }

        try (CommandSideProcess commandSide = startCommandSide(dir)) {
            ImportRun.Result imported = importInto(commandSide, history, figures);

            say("Starting the query side: its processors replay the store into every read model...");
            long replayStarted = System.nanoTime();
            try (QuerySide querySide = QuerySide.start(commandSide)) {
                boolean caughtUp = querySide.awaitCaughtUp(CATCH_UP_LIMIT) && querySide.awaitReady(CATCH_UP_LIMIT);
                double replaySeconds = (System.nanoTime() - replayStarted) / 1e9;
                long head = querySide.headPosition();
                say("  %s at position %,d after %.1f s", caughtUp ? "caught up" : "NOT caught up", head, replaySeconds);
                figures.add(Figure.atMost("replay of " + String.format("%,d", imported.accepted())
                                + " events into all read models", replaySeconds, 60, "s",
                        (caughtUp ? "" : "stopped at the limit; ") + String.format("%,.0f events/s, start-up included",
                                imported.accepted() / replaySeconds)));

                Api analyst = new Api(querySide.port, commandSide.token("demo-analyst"));
                figures.add(CohortRun.run(analyst, querySide.records().all().size()));

                say("Timeline reads from 16 clients for %d s, after %d s of the same not measured...", load.toSeconds(),
                        warmUp.toSeconds());
                List<String> ids = history.referralIds();
                // other seeds for the measured run, so that it does not read again what the warm-up read
                LoadClients.run(16, warmUp, n -> timelineReader(analyst, ids, new Random(n)));
                CpuUse readsCpu = CpuUse.from(commandSide);
                LoadClients.Result reads = LoadClients.run(16, load, n -> timelineReader(analyst, ids, new Random(16 + n)));
                say("  %,.0f reads/s, %s, %,d failed", reads.perSecond(), reads.latencies().summary(), reads.failed());
                say("  %s", readsCpu.perRequest(reads.succeeded()));
                figures.add(Figure.atMost("timeline reads from 16 clients, p99", reads.latencies().percentileMillis(0.99),
                        20, "ms", String.format("%,.0f reads/s; p50 %.1f ms; %,d failed", reads.perSecond(),
                                reads.latencies().percentileMillis(0.5), reads.failed())));

                Api provider = new Api(commandSide.httpPort, commandSide.token("demo-provider"));
                say("REST writes from 16 clients for %d s, after %d s of the same not measured...", load.toSeconds(),
                        warmUp.toSeconds());
                LoadClients.run(16, warmUp, n -> new ReferralWriter(provider));
                querySide.awaitCaughtUp(CATCH_UP_LIMIT); // the measured run does not project the warm-up's events
                CpuUse writesCpu = CpuUse.from(commandSide);
                LoadClients.Result writes = LoadClients.run(16, load, n -> new ReferralWriter(provider));
                say("  %,.0f events/s, %s, %,d failed", writes.perSecond(), writes.latencies().summary(),
                        writes.failed());
                say("  %s", writesCpu.perRequest(writes.succeeded()));
                figures.add(Figure.atLeast("REST writes from 16 concurrent clients", writes.perSecond(), 1_000,
                        "events/s", String.format("%,d failed", writes.failed())));
                figures.add(Figure.atMost("  … their p99", writes.latencies().percentileMillis(0.99), 50, "ms",
                        String.format("p50 %.1f ms", writes.latencies().percentileMillis(0.5))));

                say("Projection lag at a steady 500 events/s for %d s...", load.toSeconds() * 2);
                querySide.awaitCaughtUp(CATCH_UP_LIMIT);
                ProjectionLagRun.Result lag = ProjectionLagRun.run(provider, commandSide.mongoPort, querySide.lagProbe(),
                        500, load.multipliedBy(2), 16);
                say("  %,.0f events/s written; in memory %s; referral_records %s; %,d never seen", lag.eventsPerSecond(),
                        lag.memory().summary(), lag.durable().summary(), lag.unseen());
                figures.add(Figure.atMost("projection lag at a steady 500 events/s, p99 (in-memory model)",
                        lag.memory().percentileMillis(0.99) / 1000, 1, "s", String.format(
                                "%,.0f events/s achieved; referral_records p99 %.2f s (every %dth event); %,d never seen",
                                lag.eventsPerSecond(), lag.durable().percentileMillis(0.99) / 1000, 25, lag.unseen())));

                figures.add(rebuild(commandSide, querySide));

                // the restart below goes on from the snapshot the schedule wrote last, as a restart in service does
                // (the rebuild removed the one before it)
                boolean snapshot = querySide.awaitSnapshot(CATCH_UP_LIMIT);
                say("  %s", snapshot ? String.format("the in-memory model's latest snapshot is at position %,d of %,d",
                        querySide.snapshotPosition(), querySide.headPosition()) : "no snapshot written in time");
            }
            figures.add(restart(commandSide));
        }

        say("Replaying %,d events: our engine against axon-mongo's, same server, same process...", engineEvents);
        figures.add(EngineComparisonRun.run(engineEvents, engineCap, dir.resolve("engines")));

        comparePeer(peerEvents, peerSeconds, dir, figures);

        print(figures, events);
    }

    private static HistoryFile generate(Path dir, long events) throws Exception {
        say("Generating %,d events of synthetic history...", events);
        HistoryFile history = HistoryFile.generate(dir, events);
        say("  %,d lines, %,d referrals, %,d MB", history.events(), history.referralIds().size(),
                Files.size(history.file()) >> 20);
        return history;
    }

    private static CommandSideProcess startCommandSide(Path dir) throws Exception {
        return CommandSideProcess.start(dir.resolve("command-side.log"), "-Xmx512m", dir.resolve("nrm.mv").toString());
    }

    private static ImportRun.Result importInto(CommandSideProcess commandSide, HistoryFile history,
                                               List<Figure> figures) throws Exception {
        say("Importing them (command side: -Xmx512m, durable file-backed embedded MongoDB)...");
        ImportRun.Result imported = ImportRun.run(commandSide, history);
        say("  %,d accepted, %,d duplicates, %,d rejected in %.1f s; peak heap %,d MiB", imported.accepted(),
                imported.duplicates(), imported.rejected(), imported.seconds(), imported.peakHeapBytes() >> 20);
        figures.add(Figure.atLeast("import of " + String.format("%,d", imported.accepted())
                        + " events, full validation and hash chain", imported.eventsPerSecond(), 5_000, "events/s",
                String.format("peak heap %,d MiB of -Xmx512m; %,d rejected", imported.peakHeapBytes() >> 20,
                        imported.rejected())));
        return imported;
    }

    /**
     * {@code -Dbenchmark.only=restart} or {@code rebuild}: the import and the query side's first start (not timed)
     * until it is ready; then the timed rebuild, or, once it has written its snapshot, the timed restart.
     */
    private static void restartOrRebuildOnly(String only, HistoryFile history, Path dir, List<Figure> figures)
            throws Exception {
        try (CommandSideProcess commandSide = startCommandSide(dir)) {
            importInto(commandSide, history, figures);
            say("Starting the query side once, until it is ready...");
            try (QuerySide querySide = QuerySide.start(commandSide)) {
                boolean ready = querySide.awaitReady(CATCH_UP_LIMIT);
                if (only.equals("rebuild")) {
                    say("  %s at position %,d", ready ? "ready" : "NOT ready", querySide.headPosition());
                    figures.add(rebuild(commandSide, querySide));
                    return;
                }
                boolean snapshot = querySide.awaitSnapshot(CATCH_UP_LIMIT);
                say("  %s; snapshot at position %,d of %,d", ready && snapshot ? "ready" : "NOT ready",
                        querySide.snapshotPosition(), querySide.headPosition());
            }
            figures.add(restart(commandSide));
        }
    }

    /**
     * A projection rebuild through the admin API, from the request until it completed (docs/api.md §7): the replay
     * of every event beside the live models, the comparison with them and the swap.
     */
    private static Figure rebuild(CommandSideProcess commandSide, QuerySide querySide) throws Exception {
        say("Rebuilding the read models through the admin API...");
        RebuildRun.Result rebuilt = RebuildRun.run(commandSide, querySide, CATCH_UP_LIMIT);
        say("  %s after %.1f s, %,d referral records differed; command side's peak heap %,d MiB", rebuilt.state(),
                rebuilt.seconds(), rebuilt.differences(), rebuilt.peakHeapBytes() >> 20);
        String name = "projection rebuild of " + String.format("%,d", querySide.headPosition())
                + " events through the admin API";
        String note = String.format("%s; %,d records differed; command side's peak heap %,d MiB of -Xmx512m",
                rebuilt.state(), rebuilt.differences(), rebuilt.peakHeapBytes() >> 20);
        Figure timed = Figure.atMost(name, rebuilt.seconds(), 120, "s", note);
        return rebuilt.completed() ? timed : new Figure(name, timed.measured(), timed.target(), 0, note);
    }

    /**
     * A restart on the store built so far: from starting the query side (in this JVM, so without a JVM's own start)
     * until it is ready, that is until both read models hold every event stored (docs/api.md §1).
     */
    private static Figure restart(CommandSideProcess commandSide) throws Exception {
        say("Restarting the query side on the same store, until it is ready...");
        long started = System.nanoTime();
        try (QuerySide querySide = QuerySide.start(commandSide)) {
            boolean ready = querySide.awaitReady(CATCH_UP_LIMIT);
            double seconds = (System.nanoTime() - started) / 1e9;
            long head = querySide.headPosition();
            int referrals = querySide.records().all().size();
            long snapshot = querySide.snapshotPosition();
            say("  %s after %.1f s at position %,d, %,d referrals, from a snapshot at position %,d",
                    ready ? "ready" : "NOT ready", seconds, head, referrals, snapshot);
            return Figure.atMost("restart of the query side on " + String.format("%,d", head)
                            + " events to complete and ready", seconds, 15, "s",
                    (ready ? "" : "stopped at the limit; ") + String.format(
                            "%,d referrals, %,d events after the latest snapshot; no JVM start", referrals,
                            head - snapshot));
        }
    }

    private static void comparePeer(int events, long seconds, Path dir, List<Figure> figures) throws Exception {
        say("Our engine against the peer, Axon's JdbcEventStorageEngine on PostgreSQL, %,d events...", events);
        PeerComparison.run(events, Duration.ofSeconds(seconds), dir.resolve("peer")).ifPresent(peer -> {
            System.out.print(peer.table());
            figures.addAll(peer.figures());
        });
    }

    private static LoadClients.Client timelineReader(Api analyst, List<String> ids, Random random) {
        return () -> analyst.get("/api/v1/referrals/" + ids.get(random.nextInt(ids.size())) + "/timeline").statusCode();
    }

    private static void print(List<Figure> figures, long events) {
        System.out.printf("%n## Benchmark, %s, %d cores, %,d MiB memory, Java %s%n%n", LocalDate.now(),
                Runtime.getRuntime().availableProcessors(), totalMemoryMiB(), System.getProperty("java.version"));
        System.out.println("| figure | measured | target | × target | |");
        System.out.println("|---|---|---|---|---|");
        for (Figure f : figures) {
            System.out.printf("| %s | %s | %s | %.2f | %s%s |%n", f.name(), f.measured(), f.target(), f.ratio(),
                    f.met() ? "met" : "**missed**", f.note().isEmpty() ? "" : "; " + f.note());
        }
        long met = figures.stream().filter(Figure::met).count();
        System.out.printf("%n%d of %d targets met%s.%n", met, figures.size(),
                events > 0 ? String.format(" (import size %,d events)", events) : "");
    }

    private static long totalMemoryMiB() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() >> 20;
    }

    static void say(String format, Object... args) {
        System.out.printf("[%tT] %s%n", System.currentTimeMillis(), String.format(format, args));
    }
}
