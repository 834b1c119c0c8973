package org.nrmtracker.benchmark;

import org.nrmtracker.query.endtoend.CommandSideProcess;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;

/**
 * Imports the history through the public endpoint (docs/api.md §3.3) as one provider would, while sampling the
 * command side's heap ({@link PeakHeap}).
 */
final class ImportRun {

    record Result(long accepted, long duplicates, long rejected, double seconds, long peakHeapBytes) {
        double eventsPerSecond() {
            return accepted / seconds;
        }
    }

    static Result run(CommandSideProcess commandSide, HistoryFile history) throws Exception {
        Api provider = new Api(commandSide.httpPort, commandSide.token("demo-provider"));
        long started = System.nanoTime();
        HttpResponse<String> answer;
        long peakHeap;
        try (PeakHeap heap = PeakHeap.of(commandSide)) {
            answer = provider.postFile("/api/v1/referral-events:import", "application/x-ndjson", history.file());
            peakHeap = heap.bytes();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("The import answered " + answer.statusCode() + ": " + answer.body());
        }
        JsonNode summary = JsonMapper.shared().readTree(answer.body());
        return new Result(summary.get("accepted").asLong(), summary.get("duplicates").asLong(),
                summary.get("rejected").asLong(), seconds, peakHeap);
    }
}
