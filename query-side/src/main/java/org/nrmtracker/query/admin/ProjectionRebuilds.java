package org.nrmtracker.query.admin;

import org.nrmtracker.platform.problem.ProblemTypes;
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

/** Starts rebuilds, one at a time, on a thread of their own, and remembers their progress. */
@Component
class ProjectionRebuilds implements AutoCloseable {

    private final RebuildJob job;
    private final Clock clock;
    private final Map<String, RebuildProgress> rebuilds = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    ProjectionRebuilds(RebuildJob job, Clock clock) {
        this.job = job;
        this.clock = clock;
    }

    synchronized RebuildProgress start() {
        if (rebuilds.values().stream().anyMatch(RebuildProgress::running)) {
            throw new ErrorResponseException(HttpStatus.CONFLICT, ProblemTypes.problem(HttpStatus.CONFLICT,
                    ProblemTypes.INVALID_REQUEST, "A rebuild is already running",
                    "Only one projection rebuild runs at a time; follow the running one."), null);
        }
        RebuildProgress progress = new RebuildProgress(UUID.randomUUID().toString(), clock);
        rebuilds.put(progress.id(), progress);
        worker.submit(() -> job.run(progress));
        return progress;
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
