package org.nrmtracker.command.referral.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.nrmtracker.command.eventstore.EventPositions;
import org.nrmtracker.command.idempotency.IdempotentIds;
import org.nrmtracker.command.referral.MakeReferral;
import org.nrmtracker.command.referral.RecordedEvent;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/** Support providers record referrals and their events (docs/api.md §3.1, §3.2). */
@RestController
@Tag(name = "Referrals", description = "Support providers record referrals and what happens to them")
@ApiResponse(responseCode = "201", description = "Recorded: the body gives its sequence in the referral's stream and its position in "
        + "the global stream (a read's minPosition).",
        headers = @Header(name = "Location", schema = @Schema(type = "string"),
                description = "The referral, /api/v1/referrals/{referralId}"),
        useReturnTypeSchema = true)
@ApiResponse(responseCode = "200", description = "The same event (same type, same fields) is already recorded: "
        + "nothing new is recorded, and the answer carries the original sequence and position.", useReturnTypeSchema = true)
@ApiResponse(responseCode = "422", description = "The dates are impossible: after today, before the referral, "
        + "before 2009-04-01 or before the decision they follow.")
@ApiResponse(responseCode = "503", description = "Whether the event was recorded is unknown (write-outcome-unknown, "
        + "with Retry-After): send the same request again under the same Idempotency-Key; it is then recorded once, or "
        + "acknowledged as already recorded (docs/consistency.md).")
@RequestMapping(path = "/api/v1/referrals", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
class ReferralController {

    private final Recorder recorder;
    private final EventPositions positions;

    ReferralController(Recorder recorder, EventPositions positions) {
        this.recorder = recorder;
        this.positions = positions;
    }

    @PostMapping
    @Operation(summary = "Record a referral", description = "A first responder's referral of a potential victim. "
            + "referralId is optional: without it the server makes one, and the answer and Location give it.")
    @ApiResponse(responseCode = "409", description = "A referral with this id but other content is already "
            + "recorded (by this or another organisation).")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            examples = @ExampleObject(name = "a referral", value = ApiExamples.REFERRAL)))
    ResponseEntity<RecordedResponse> refer(@Valid @RequestBody ReferralRequest body, HttpServletRequest request) {
        // under an Idempotency-Key, the id made for a referral without one is the key's, so a retry names it again
        MakeReferral command = body.toCommand(
                IdempotentIds.of(request).map(ReferralId::new).orElseGet(ReferralId::random));
        return answer(send(command, request));
    }

    @PostMapping("/{referralId}/events")
    @Operation(summary = "Record an event of a referral", description = "One event other than REFERRED, chosen by "
            + "type: a reasonable- or conclusive-grounds decision, a reconsideration request, support started or "
            + "ended, a withdrawal, or the correction or retraction of an earlier event (by its sequence). The "
            + "referral's state decides which events it takes; a correction or retraction is taken only when the "
            + "corrected history still follows every rule.")
    @ApiResponse(responseCode = "404", description = "No referral with this id, or one another organisation made "
            + "(answered exactly alike).")
    @ApiResponse(responseCode = "409", description = "The referral's state does not allow this event (e.g. a "
            + "second decision without a reconsideration, or a correction whose corrected history breaks a rule), "
            + "or another event was recorded on it at the same moment: send it again.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, examples = {
                    @ExampleObject(name = "support started", value = ApiExamples.SUPPORT_STARTED),
                    @ExampleObject(name = "a reasonable-grounds decision", value = ApiExamples.REASONABLE_GROUNDS),
                    @ExampleObject(name = "a withdrawal", value = ApiExamples.WITHDRAWN),
                    @ExampleObject(name = "a correction of the support start (sequence 1)", value = ApiExamples.EVENT_CORRECTED),
                    @ExampleObject(name = "a retraction of the withdrawal (sequence 3)", value = ApiExamples.EVENT_RETRACTED)}))
    ResponseEntity<RecordedResponse> record(@PathVariable UUID referralId, @Valid @RequestBody EventRequest body,
                                            HttpServletRequest request) {
        return answer(send(body.toCommand(new ReferralId(referralId)), request));
    }

    private RecordedEvent send(Object command, HttpServletRequest request) {
        return recorder.record(command, Caller.of(request.getUserPrincipal()));
    }

    // An identical event already recorded is acknowledged with 200 and its original sequence and position
    // (docs/api.md §1)
    private ResponseEntity<RecordedResponse> answer(RecordedEvent recorded) {
        long position = positions.of(recorded.referralId(), recorded.sequence());
        return ResponseEntity.status(recorded.duplicate() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/v1/referrals/" + recorded.referralId()))
                .body(RecordedResponse.of(recorded, position));
    }
}
