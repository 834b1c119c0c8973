package org.nrmtracker.benchmark;

import java.util.List;

/**
 * The peer comparison's result: the same operations on our engine and on the peer's, in one run. Every ratio is ours
 * over the peer's; for rates above 1 is ours better, for latencies below 1 is.
 */
record PeerFigures(int events, int threads, String peer, Side ours, Side theirs) {

    /** One engine's figures. */
    record Side(String name, LoadClients.Result appends, Seeding.Rate batched, TimedReplay.Result replay, LoadClients.Result loads) {
    }

    /** A table for a terminal or a report. */
    String table() {
        StringBuilder table = new StringBuilder(String.format(
                "%s (SequencedMongoEventStorageEngine, embedded server, DurableH2Backend) vs the peer (%s)%n",
                ours.name(), peer));
        table.append(String.format("%-54s %14s %14s %10s   %s%n", "operation", "ours", "peer", "ours/peer", "better"));
        String appends = String.format("appends, 1 event a commit, %d threads", threads);
        rate(table, appends + ", events/s", ours.appends().perSecond(), theirs.appends().perSecond());
        latency(table, "  … p50 ms", 0.5, ours.appends().latencies(), theirs.appends().latencies());
        latency(table, "  … p99 ms", 0.99, ours.appends().latencies(), theirs.appends().latencies());
        rate(table, String.format("batched appends, %d events a commit, events/s", BatchedAppends.EVENTS_PER_COMMIT),
                ours.batched().eventsPerSecond(), theirs.batched().eventsPerSecond());
        rate(table, String.format("replay of %,d events, pooled, no-op, events/s", ours.replay().expected()),
                ours.replay().eventsPerSecond(), theirs.replay().eventsPerSecond());
        rate(table, String.format("aggregate loads, %d threads, loads/s", threads), ours.loads().perSecond(),
                theirs.loads().perSecond());
        latency(table, "  … p50 ms", 0.5, ours.loads().latencies(), theirs.loads().latencies());
        latency(table, "  … p99 ms", 0.99, ours.loads().latencies(), theirs.loads().latencies());
        table.append(String.format("replay: every event once: ours %s, peer %s; failed loads: ours %,d, peer %,d%n",
                ours.replay().everyEventOnce(), theirs.replay().everyEventOnce(), ours.loads().failed(),
                theirs.loads().failed()));
        return table.toString();
    }

    /** The comparison as lines of the benchmark's report: the "target" is the peer, the ratio how much better. */
    List<Figure> figures() {
        return List.of(
                versus(ours.name(), String.format("appends of 1 event a commit from %d threads", threads), "events/s",
                        ours.appends().perSecond(), theirs.appends().perSecond(), String.format(
                                "p50 %.1f vs %.1f ms, p99 %.1f vs %.1f ms",
                                ours.appends().latencies().percentileMillis(0.5),
                                theirs.appends().latencies().percentileMillis(0.5),
                                ours.appends().latencies().percentileMillis(0.99),
                                theirs.appends().latencies().percentileMillis(0.99))),
                versus(ours.name(), String.format("batched appends, %d events a commit", BatchedAppends.EVENTS_PER_COMMIT),
                        "events/s", ours.batched().eventsPerSecond(), theirs.batched().eventsPerSecond(), ""),
                versus(ours.name(), String.format("replay of %,d events into a no-op pooled processor", ours.replay().expected()),
                        "events/s", ours.replay().eventsPerSecond(), theirs.replay().eventsPerSecond(), String.format(
                                "every event once: ours %s, peer %s", ours.replay().everyEventOnce(),
                                theirs.replay().everyEventOnce())),
                versus(ours.name(), String.format("aggregate loads from %d threads, from a store of %,d events", threads, events),
                        "loads/s", ours.loads().perSecond(), theirs.loads().perSecond(), String.format(
                                "p50 %.1f vs %.1f ms, p99 %.1f vs %.1f ms",
                                ours.loads().latencies().percentileMillis(0.5),
                                theirs.loads().latencies().percentileMillis(0.5),
                                ours.loads().latencies().percentileMillis(0.99),
                                theirs.loads().latencies().percentileMillis(0.99))));
    }

    private static Figure versus(String oursName, String name, String unit, double ours, double peer, String note) {
        return new Figure(name + ", " + oursName + " vs the peer", Figure.format(ours) + " " + unit,
                "≥ peer's " + Figure.format(peer) + " " + unit, ours / peer, note);
    }

    private static void rate(StringBuilder table, String name, double ours, double peer) {
        table.append(String.format("%-54s %14s %14s %10.2f   %s%n", name, Figure.format(ours), Figure.format(peer),
                ours / peer, ours >= peer ? "ours" : "peer"));
    }

    private static void latency(StringBuilder table, String name, double p, Latencies ours, Latencies peer) {
        double o = ours.percentileMillis(p);
        double t = peer.percentileMillis(p);
        table.append(String.format("%-54s %14.2f %14.2f %10.2f   %s (lower is better)%n", name, o, t, o / t,
                o <= t ? "ours" : "peer"));
    }
}
