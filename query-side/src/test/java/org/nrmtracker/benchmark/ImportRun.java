package org.nrmtracker.benchmark;

import org.nrmtracker.query.endtoend.CommandSideProcess;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports the history through the public endpoint (docs/api.md §3.3) as one provider would, while sampling the
 * command side's heap from its own metrics once a second; the command side runs with {@code -Xmx512m}, so the
 * import cannot use more, and the samples say how much it did use.
 */
final class ImportRun {

    private static final Pattern HEAP_USED = Pattern.compile(
            "^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.eE+]+)", Pattern.MULTILINE);

    record Result(long accepted, long duplicates, long rejected, double seconds, long peakHeapBytes) {
        double eventsPerSecond() {
            return accepted / seconds;
        }
    }

    static Result run(CommandSideProcess commandSide, HistoryFile history) throws Exception {
        Api provider = new Api(commandSide.httpPort, commandSide.token("demo-provider"));
        Api admin = new Api(commandSide.httpPort, commandSide.token("demo-admin"));
        AtomicLong peakHeap = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> peakHeap.accumulateAndGet(heapUsed(admin), Math::max), 0, 1,
                TimeUnit.SECONDS);
        long started = System.nanoTime();
        HttpResponse<String> answer;
        try {
            answer = provider.postFile("/api/v1/referral-events:import", "application/x-ndjson", history.file());
        } finally {
            sampler.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("The import answered " + answer.statusCode() + ": " + answer.body());
        }
        JsonNode summary = JsonMapper.shared().readTree(answer.body());
        return new Result(summary.get("accepted").asLong(), summary.get("duplicates").asLong(),
                summary.get("rejected").asLong(), seconds, peakHeap.get());
    }

    private static long heapUsed(Api admin) {
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
}
