package org.nrmtracker.benchmark;

import org.nrmtracker.query.endtoend.CommandSideProcess;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command side's heap, sampled from its own metrics once a second while a run lasts, and the most seen. The
 * command side runs with {@code -Xmx512m} and holds the embedded MongoDB, so a run cannot use more there, and the
 * samples say how much it did use.
 */
final class PeakHeap implements AutoCloseable {

    private static final Pattern HEAP_USED = Pattern.compile(
            "^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.eE+]+)", Pattern.MULTILINE);

    private final Api admin;
    private final AtomicLong peak = new AtomicLong();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

    private PeakHeap(Api admin) {
        this.admin = admin;
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(used(), Math::max), 0, 1, TimeUnit.SECONDS);
    }

    static PeakHeap of(CommandSideProcess commandSide) throws Exception {
        return new PeakHeap(new Api(commandSide.httpPort, commandSide.token("demo-admin")));
    }

    /** The most heap any sample saw, in bytes. */
    long bytes() {
        return peak.get();
    }

    private long used() {
        try {
            Matcher pools = HEAP_USED.matcher(admin.get("/actuator/prometheus").body());
            long used = 0;
            while (pools.find()) {
                used += (long) Double.parseDouble(pools.group(1));
            }
            return used;
        } catch (Exception e) {
            return 0; // a missed sample; the next one counts
        }
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
