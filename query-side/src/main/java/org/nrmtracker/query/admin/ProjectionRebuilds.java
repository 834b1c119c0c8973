package org.nrmtracker.query.admin;

import org.nrmtracker.platform.problem.ProblemTypes;
import org.nrmtracker.query.referral.ReferralReadModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Starts rebuilds, one at a time across every instance ({@link RebuildLease}), on a thread of their own, and
 * remembers their progress.
 */
@Component
class ProjectionRebuilds implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);

    private final RebuildJob job;
    private final RebuildLease lease;
    private final ReferralReadModels readModels;
    private final Clock clock;
    private final Map<String, RebuildProgress> rebuilds = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    ProjectionRebuilds(RebuildJob job, RebuildLease lease, ReferralReadModels readModels, Clock clock) {
        this.job = job;
        this.lease = lease;
        this.readModels = readModels;
        this.clock = clock;
    }

    synchronized RebuildProgress start() {
        if (rebuilds.values().stream().anyMatch(RebuildProgress::running)) {
            throw alreadyRunning("Only one projection rebuild runs at a time; follow the running one.");
        }
        String id = UUID.randomUUID().toString();
        if (!lease.take(id)) {
            throw alreadyRunning("Only one projection rebuild runs at a time, and another query-side instance is"
                    + " running one; follow it there.");
        }
        RebuildProgress progress = new RebuildProgress(id, clock);
        rebuilds.put(progress.id(), progress);
        worker.submit(() -> job.run(progress));
        return progress;
    }

    private static ErrorResponseException alreadyRunning(String detail) {
        return new ErrorResponseException(HttpStatus.CONFLICT, ProblemTypes.problem(HttpStatus.CONFLICT,
                ProblemTypes.INVALID_REQUEST, "A rebuild is already running", detail), null);
    }

    /** What an interrupted rebuild of an earlier version left behind goes at start, unless a rebuild is running. */
    @EventListener(ApplicationReadyEvent.class)
    void dropLeftovers() {
        runAlone(() -> {
            if (!lease.held()) {
                readModels.dropLeftoverRebuilds().forEach(name -> log.info("Dropped {}, left by an earlier rebuild",
                        name));
            }
        });
    }

    /** Runs a job on the rebuilds' own thread, so that it never runs beside a rebuild. */
    void runAlone(Runnable job) {
        worker.submit(job);
    }

    Optional<RebuildProgress> find(String id) {
        return Optional.ofNullable(rebuilds.get(id));
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
