package org.nrmtracker.query.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.nrmtracker.kernel.eventstore.StoredEvent;
import org.nrmtracker.kernel.eventstore.StoredEvents;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.ReferralNotFound;
import org.nrmtracker.platform.problem.InvalidRequest;
import org.nrmtracker.query.calendar.CountsWorkingDays;
import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.timeline.DecisionWindow;
import org.nrmtracker.query.timeline.Timelines;
import org.nrmtracker.query.reads.ReadModel;
import org.nrmtracker.query.reads.ReadsFrom;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;

/**
 * Auditors' reads of one referral (docs/api.md §6.1, §6.4) and the integrity check (§6.2). Each is
 * recorded by {@link AuditReads} before it is answered.
 */
@RestController
@Tag(name = "Audit", description = "Auditors read what was recorded, as it was stored, and verify it; every read "
        + "is itself recorded")
@RequestMapping("/api/v1/audit")
class AuditController {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final StoredEvents storedEvents;
    private final IntegrityCheck integrityCheck;
    private final RecordsAsRecorded recordsAsRecorded;
    private final Timelines timelines;
    private final AuditReads auditReads;

    AuditController(StoredEvents storedEvents, IntegrityCheck integrityCheck, RecordsAsRecorded recordsAsRecorded,
                    Timelines timelines, AuditReads auditReads) {
        this.storedEvents = storedEvents;
        this.integrityCheck = integrityCheck;
        this.recordsAsRecorded = recordsAsRecorded;
        this.timelines = timelines;
        this.auditReads = auditReads;
    }

    /** The stream exactly as stored, oldest first (§6.1). */
    @GetMapping("/referrals/{referralId}/events")
    @ReadsFrom(ReadModel.EVENT_STORE)
    @Operation(summary = "A referral's stored events", description = "The stream exactly as stored, oldest first, "
            + "with who recorded each event and its hash chain.")
    @ApiResponse(responseCode = "200", description = "Its events, oldest first.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No referral with this id.")
    List<StoredEventView> events(@PathVariable UUID referralId, HttpServletRequest request) {
        auditReads.record(request, "GET /api/v1/audit/referrals/{referralId}/events", referralId.toString(), Map.of());
        List<StoredEvent> stream = storedEvents.streamOf(referralId.toString());
        if (stream.isEmpty()) {
            throw new ReferralNotFound(new ReferralId(referralId));
        }
        return stream.stream().map(StoredEventView::of).toList();
    }

    /** Verifies every stream's hash chain (§6.2); the answer lists each violation. */
    @PostMapping("/integrity-checks")
    @ReadsFrom(ReadModel.EVENT_STORE)
    @Operation(summary = "Verify every stream's hash chain", description = "Recomputes each event's hash from its "
            + "stored fields; the answer lists each violation.")
    IntegrityReport integrityCheck(HttpServletRequest request) {
        auditReads.record(request, "POST /api/v1/audit/integrity-checks", null, Map.of());
        return integrityCheck.run();
    }

    /**
     * The timeline of §4.1 from only the events recorded strictly before {@code recordedBefore}
     * (§6.4). {@code asOf}, the effective-date cut-off, defaults to the date of
     * {@code recordedBefore} in Europe/London: the timeline as it would have been shown that day.
     */
    @CountsWorkingDays
    @GetMapping("/referrals/{referralId}/timeline")
    @ReadsFrom(ReadModel.EVENT_STORE)
    @Operation(summary = "A referral's timeline as it was known at an instant", description = "Built only from the "
            + "events recorded before recordedBefore (an ISO-8601 instant): what the system knew then.")
    @ApiResponse(responseCode = "200", description = "The timeline as it was known then; violations when an event "
            + "of it cannot be read.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No referral with events recorded before this instant.")
    AuditedTimeline timelineAsRecorded(@PathVariable UUID referralId,
                                @RequestParam(required = false) String recordedBefore,
                                @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate asOf,
                                @RequestParam(required = false) String windows,
                                HttpServletRequest request) {
        Instant before = instantOf(recordedBefore);
        List<DecisionWindow> windowDays = Timelines.parseWindows(windows);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("recordedBefore", before);
        parameters.put("asOf", asOf);
        // parsed: the raw text could hold anything
        parameters.put("windows", windows == null ? null : windowDays.stream().map(DecisionWindow::days).toList());
        auditReads.record(request, "GET /api/v1/audit/referrals/{referralId}/timeline", referralId.toString(),
                parameters);
        RecordsAsRecorded.AsRecorded read = recordsAsRecorded.recordedBefore(referralId.toString(), before);
        ReferralRecord record = read.record();
        if (record == null && read.violations().isEmpty()) {
            throw new ReferralNotFound(new ReferralId(referralId));
        }
        if (record == null) {
            return new AuditedTimeline(null, read.violations()); // its first event cannot be read: say so
        }
        LocalDate effectiveOn = asOf == null ? before.atZone(LONDON).toLocalDate() : asOf;
        if (effectiveOn.isBefore(record.corrected().referredOn())) {
            throw new InvalidRequest("asOf", "must not be before the referral date");
        }
        return new AuditedTimeline(timelines.of(record, effectiveOn, windowDays), read.violations());
    }

    private static Instant instantOf(String recordedBefore) {
        if (recordedBefore == null || recordedBefore.isBlank()) {
            throw new InvalidRequest("recordedBefore", "is required: an ISO-8601 instant such as 2026-03-01T10:15:30Z");
        }
        try {
            return Instant.parse(recordedBefore);
        } catch (DateTimeParseException e) {
            throw new InvalidRequest("recordedBefore", "must be an ISO-8601 instant such as 2026-03-01T10:15:30Z");
        }
    }
}
