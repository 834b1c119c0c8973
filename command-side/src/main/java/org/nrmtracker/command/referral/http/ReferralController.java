package org.nrmtracker.command.referral.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
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

/** Support providers record referrals and their events (contract §3.1, §3.2). */
@RestController
@RequestMapping(path = "/api/v1/referrals", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
class ReferralController {

    private final Recorder recorder;

    ReferralController(Recorder recorder) {
        this.recorder = recorder;
    }

    @PostMapping
    ResponseEntity<RecordedResponse> refer(@Valid @RequestBody ReferralRequest body, HttpServletRequest request) {
        MakeReferral command = body.toCommand();
        return answer(send(command, request));
    }

    @PostMapping("/{referralId}/events")
    ResponseEntity<RecordedResponse> record(@PathVariable UUID referralId, @Valid @RequestBody EventRequest body,
                                            HttpServletRequest request) {
        return answer(send(body.toCommand(new ReferralId(referralId)), request));
    }

    private RecordedEvent send(Object command, HttpServletRequest request) {
        return recorder.record(command, Caller.of(request.getUserPrincipal()));
    }

    // An identical event already recorded is acknowledged with 200 and its original sequence (contract §1)
    private static ResponseEntity<RecordedResponse> answer(RecordedEvent recorded) {
        return ResponseEntity.status(recorded.duplicate() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/v1/referrals/" + recorded.referralId()))
                .body(RecordedResponse.of(recorded));
    }
}
