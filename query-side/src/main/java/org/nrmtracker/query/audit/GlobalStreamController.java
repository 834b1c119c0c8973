package org.nrmtracker.query.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.nrmtracker.kernel.eventstore.StoredEvent;
import org.nrmtracker.kernel.eventstore.StoredEvents;
import org.nrmtracker.platform.problem.InvalidRequest;
import org.nrmtracker.query.reads.ReadModel;
import org.nrmtracker.query.reads.ReadsFrom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The global stream in recording order as NDJSON (docs/api.md §6.3), streamed: a few hundred events
 * are in memory at a time, read by exact keys, written and flushed batch by batch.
 * <p>
 * It is written on the request thread rather than through {@code StreamingResponseBody}: that
 * one runs as an async request, which the servlet container ends after its async timeout (30 s
 * by default on Tomcat), too short for a million events.
 * <p>
 * Resuming with {@code after} = the last {@code position} misses nothing: the answer stops
 * before a hole in the positions that a commit still in flight could fill (for at most the
 * settle time, 60 s as the trackers wait), and continues past holes that can no longer be filled.
 */
@RestController
@Tag(name = "Audit")
class GlobalStreamController {

    static final String NDJSON = "application/x-ndjson";
    static final long MAX_LIMIT = 1_000_000;
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(GlobalStreamController.class);

    private final StoredEvents storedEvents;
    private final AuditReads auditReads;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration settleTime;

    GlobalStreamController(StoredEvents storedEvents, AuditReads auditReads, JsonMapper json, Clock clock,
                           @Value("${nrm.audit.settle-time:PT60S}") Duration settleTime) {
        this.storedEvents = storedEvents;
        this.auditReads = auditReads;
        this.json = json;
        this.clock = clock;
        this.settleTime = settleTime;
    }

    /**
     * @param after the last position already read (0: from the start)
     * @param limit at most this many events, 1 to 1,000,000; without it, to the end of the stream
     *              as it is when the request starts
     */
    @GetMapping("/api/v1/audit/events")
    @ReadsFrom(ReadModel.EVENT_STORE)
    @Operation(summary = "Export every event in recording order (NDJSON)", description = "One stored event a line, "
            + "with its referralId and position; pass the last position as after to continue.")
    @ApiResponse(responseCode = "200", description = "The events after after, at most limit of them.",
            content = @Content(mediaType = NDJSON, schema = @Schema(implementation = GlobalStreamLine.class,
                    description = "one line per event")))
    void events(@RequestParam(defaultValue = "0") long after, @RequestParam(required = false) Long limit,
                HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (after < 0) {
            throw new InvalidRequest("after", "must be a position, 0 or more");
        }
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw new InvalidRequest("limit", "must be from 1 to " + MAX_LIMIT);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("after", after);
        parameters.put("limit", limit);
        auditReads.record(request, "GET /api/v1/audit/events", null, parameters);

        long end = storedEvents.lastPosition();
        long remaining = limit == null ? Long.MAX_VALUE : limit;
        response.setContentType(NDJSON);
        OutputStream out = new BufferedOutputStream(response.getOutputStream(), 64 * 1024);
        long position = after;
        try {
            while (remaining > 0 && position < end) {
                Instant settledBefore = clock.instant().minus(settleTime);
                List<StoredEvent> batch = storedEvents.after(position, (int) Math.min(BATCH, remaining), settledBefore);
                if (batch.isEmpty()) {
                    break;
                }
                for (StoredEvent event : batch) {
                    if (event.globalIndex() > end) {
                        break;
                    }
                    out.write(json.writeValueAsBytes(GlobalStreamLine.of(event)));
                    out.write('\n');
                    remaining--;
                    position = event.globalIndex();
                }
                out.flush();
                if (batch.get(batch.size() - 1).globalIndex() > end) {
                    break;
                }
            }
            out.flush();
        } catch (IOException e) {
            // the client went away: nothing to answer, and not the server's failure
            log.debug("Global stream export ended early at position {}: {}", position, e.toString());
        }
    }
}
