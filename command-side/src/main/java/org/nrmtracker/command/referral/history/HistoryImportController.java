package org.nrmtracker.command.referral.history;

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
 * A provider sends its referrals' history as NDJSON, one event a line (contract §3.3), and learns how many lines
 * were recorded, were already recorded, or were refused, and why.
 */
@RestController
class HistoryImportController {

    static final String PATH = "/api/v1/referral-events:import";

    private final HistoryImport imports;

    HistoryImportController(HistoryImport imports) {
        this.imports = imports;
    }

    /** Reads the servlet's stream itself, line by line: Spring never holds the body. */
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_NDJSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
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
        problem.setProperty("errors", summary.errors());
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Connection", "close").body(problem);
    }
}
