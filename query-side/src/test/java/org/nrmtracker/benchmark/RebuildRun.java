package org.nrmtracker.benchmark;

import org.nrmtracker.query.endtoend.CommandSideProcess;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A projection rebuild as an administrator starts and follows it (docs/api.md §7): from the request until the
 * rebuild says it completed or failed, while sampling the command side's heap ({@link PeakHeap}), which holds the
 * embedded MongoDB that the rebuild reads and writes.
 */
final class RebuildRun {

    record Result(String state, double seconds, long differences, long peakHeapBytes) {
        boolean completed() {
            return "COMPLETED".equals(state);
        }
    }

    static Result run(CommandSideProcess commandSide, QuerySide querySide, Duration limit) throws Exception {
        Api admin = new Api(querySide.port, commandSide.token("demo-admin"));
        long started = System.nanoTime();
        try (PeakHeap heap = PeakHeap.of(commandSide)) {
            HttpResponse<String> accepted = admin.postJson("/api/v1/admin/projection-rebuilds", "");
            if (accepted.statusCode() != 202) {
                throw new IllegalStateException("The rebuild answered " + accepted.statusCode() + ": "
                        + accepted.body());
            }
            String location = accepted.headers().firstValue("Location").orElseThrow();
            long deadline = started + limit.toNanos();
            JsonNode status = JsonMapper.shared().readTree(accepted.body());
            while ("RUNNING".equals(status.get("state").asString()) && System.nanoTime() < deadline) {
                Thread.sleep(250);
                status = JsonMapper.shared().readTree(admin.get(location).body());
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            JsonNode differences = status.get("differences");
            return new Result(status.get("state").asString(), seconds,
                    differences == null || differences.isNull() ? -1 : differences.asLong(), heap.bytes());
        }
    }
}
