package org.nrmtracker.command.erasure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.nrmtracker.command.eventstore.EventPositions;
import org.nrmtracker.command.referral.RecordedEvent;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.platform.security.Authorities;
import org.nrmtracker.platform.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.UUID;

/** A referral's personal data erased by destroying its key (docs/api.md §3.4, docs/personal-data.md). */
@RestController
@Tag(name = "Personal data", description = "Erasing a referral's personal data")
class ErasureController {

    private final Erasures erasures;
    private final EventPositions positions;

    ErasureController(Erasures erasures, EventPositions positions) {
        this.erasures = erasures;
        this.positions = positions;
    }

    @PostMapping(path = "/api/v1/referrals/{referralId}/erasure", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Erase a referral's personal data", description = "Destroys the referral's own key, so its "
            + "subjectRef can never be read again; its statistics are unchanged and the erasure is recorded in its "
            + "stream (who, when, why). The provider that made the referral, or an administrator. Final: asked "
            + "again, it answers the same.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            examples = @ExampleObject(name = "the person asked", value = "{\"reason\": \"DATA_SUBJECT_REQUEST\"}")))
    @ApiResponse(responseCode = "200", description = "Erased, now or before: the erasure's sequence in the "
            + "referral's stream, its position in the global stream and when it was recorded (the first erasure's).",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No referral with this id, or one another organisation made "
            + "(answered exactly alike).")
    ErasureResponse erase(@PathVariable UUID referralId, @Valid @RequestBody ErasureRequest body, Principal principal) {
        Caller caller = Caller.of(principal);
        RecordedEvent erasure = erasures.erase(new ReferralId(referralId), body.reason(), caller.client(),
                caller.organisation(), caller.has(Authorities.ADMIN));
        return ErasureResponse.of(erasure, positions.of(erasure.referralId(), erasure.sequence()));
    }
}
