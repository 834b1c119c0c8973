package org.nrmtracker.query.admin;

import org.nrmtracker.kernel.eventstore.RecordedAt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The live counters of one rebuild; read by status requests while the job updates them. */
final class RebuildProgress {

    private final String id;
    private final Clock clock;
    private final Instant startedAt;
    private volatile RebuildStatus.RebuildState state = RebuildStatus.RebuildState.RUNNING;
    private volatile long eventsProcessed;
    private volatile long eventsTotal;
    private volatile Instant finishedAt;
    private volatile Long differences;

    RebuildProgress(String id, Clock clock) {
        this.id = id;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    String id() {
        return id;
    }

    boolean running() {
        return state == RebuildStatus.RebuildState.RUNNING;
    }

    void processed(long total) {
        eventsProcessed = total;
    }

    void expect(long total) {
        eventsTotal = Math.max(total, eventsProcessed);
    }

    void completed(long differenceCount) {
        differences = differenceCount;
        eventsTotal = Math.max(eventsTotal, eventsProcessed);
        finishedAt = clock.instant();
        state = RebuildStatus.RebuildState.COMPLETED;
    }

    void failed() {
        finishedAt = clock.instant();
        state = RebuildStatus.RebuildState.FAILED;
    }

    RebuildStatus status() {
        Instant end = finishedAt == null ? clock.instant() : finishedAt;
        double seconds = Math.max(Duration.between(startedAt, end).toMillis(), 1) / 1000.0;
        double rate = eventsProcessed / seconds;
        Long remaining = running() && rate > 0 ? (long) Math.ceil(Math.max(0, eventsTotal - eventsProcessed) / rate) : null;
        return new RebuildStatus(id, state, eventsProcessed, eventsTotal, Math.round(rate * 10) / 10.0,
                RecordedAt.format(startedAt), finishedAt == null ? null : RecordedAt.format(finishedAt),
                differences, remaining);
    }
}
