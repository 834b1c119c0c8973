package org.nrmtracker.command.referral.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.nrmtracker.command.problem.RequestBodyTooLarge;
import org.nrmtracker.platform.problem.ProblemTypes;
import org.nrmtracker.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * A provider sends its referrals' history as NDJSON, one event a line (docs/api.md §3.3), and learns how many lines
 * were recorded, were already recorded, or were refused, and why.
 */
@RestController
@Tag(name = "History import", description = "A provider sends its referrals' history in one request")
class HistoryImportController {

    static final String PATH = "/api/v1/referral-events:import";
    private static final String NDJSON_EXAMPLE = """
            {"referralId":"8d0f4d0e-6a3a-4c53-9a52-3f9a5b8f2f10","type":"REFERRED","referredOn":"2024-03-01",\
            "jurisdiction":"ENGLAND_AND_WALES","firstResponder":{"type":"POLICE"},"survivor":{"ageAtExploitation":\
            "ADULT","gender":"FEMALE","nationalities":["ALB"]},"exploitation":{"types":["LABOUR"],"location":"UK",\
            "countyLines":false}}
            {"referralId":"8d0f4d0e-6a3a-4c53-9a52-3f9a5b8f2f10","type":"REASONABLE_GROUNDS_DECISION",\
            "decidedOn":"2024-03-06","outcome":"POSITIVE"}
            """;

    private final HistoryImport imports;

    HistoryImportController(HistoryImport imports) {
        this.imports = imports;
    }

    /** Reads the servlet's stream itself, line by line: Spring never holds the body. */
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_NDJSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import a history of referral events (NDJSON)", description = "One event a line, each "
            + "with referralId and type (REFERRED lines carry the fields of a referral). Lines are applied in "
            + "order, each on its own: a refused line is counted and does not stop the rest, and lines already "
            + "recorded count as duplicates, so a history can be sent again safely.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_NDJSON_VALUE,
                            schema = @Schema(type = "string", description = "one JSON event a line"),
                            examples = @ExampleObject(value = NDJSON_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "Every line was read: how many were recorded, already "
            + "recorded or refused, and why (the first 1,000 refusals).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ImportSummary.class)))
    @ApiResponse(responseCode = "400", description = "Only for the request as a whole: a line that cannot be read "
            + "is counted in rejected and errors instead.")
    @ApiResponse(responseCode = "413", description = "Larger than the import's limit: the import stopped after "
            + "line lastLine; the lines up to it were applied as counted (accepted, duplicates, rejected, errors); "
            + "send the rest in another import.")
    ResponseEntity<?> importHistory(HttpServletRequest request) throws IOException {
        ImportTally tally = new ImportTally();
        try {
            imports.run(request.getInputStream(), request.getContentLengthLong(), Caller.of(request.getUserPrincipal()), tally);
        } catch (RequestBodyTooLarge e) {
            return stoppedAtLimit(e, tally);
        }
        return ResponseEntity.ok(tally.summary());
    }

    /**
     * A chunked body that passes {@code nrm.import.max-body-bytes} stops the import where it is; the lines already
     * applied stay applied, and the problem says how many, so the client can send the rest (lines it sends again
     * count as duplicates). A declared length over the limit is refused before any line is read.
     */
    private static ResponseEntity<ProblemDetail> stoppedAtLimit(RequestBodyTooLarge e, ImportTally tally) {
        ImportSummary summary = tally.summary();
        ProblemDetail problem = ProblemTypes.problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.BODY_TOO_LARGE,
                "The body is too large", ("An import may be at most %d bytes. The import stopped after line %d: "
                        + "the lines up to it were applied as counted here; send the rest in another import.")
                        .formatted(e.limit(), tally.lastLine()));
        problem.setProperty("lastLine", tally.lastLine());
        problem.setProperty("accepted", summary.accepted());
        problem.setProperty("duplicates", summary.duplicates());
        problem.setProperty("rejected", summary.rejected());
        problem.setProperty("position", summary.position());
        problem.setProperty("errors", summary.errors());
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Connection", "close").body(problem);
    }
}
