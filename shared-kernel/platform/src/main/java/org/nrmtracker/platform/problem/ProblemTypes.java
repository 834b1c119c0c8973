package org.nrmtracker.platform.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;

/**
 * The problem types both applications answer with (RFC 9457), one list so that a client can branch on
 * {@code type} whichever side it calls (docs/api.md §1).
 */
public final class ProblemTypes {

    public static final URI INVALID_REQUEST = URI.create("urn:nrm-tracker:problem:invalid-request");
    public static final URI REFERRAL_NOT_FOUND = URI.create("urn:nrm-tracker:problem:referral-not-found");
    public static final URI STATE_CONFLICT = URI.create("urn:nrm-tracker:problem:state-conflict");
    public static final URI CONCURRENT_CHANGE = URI.create("urn:nrm-tracker:problem:concurrent-change");
    public static final URI IMPOSSIBLE_DATES = URI.create("urn:nrm-tracker:problem:impossible-dates");
    public static final URI BODY_TOO_LARGE = URI.create("urn:nrm-tracker:problem:body-too-large");
    public static final URI IDEMPOTENCY_KEY_REUSED = URI.create("urn:nrm-tracker:problem:idempotency-key-reused");
    public static final URI IDEMPOTENCY_KEY_IN_USE = URI.create("urn:nrm-tracker:problem:idempotency-key-in-use");
    public static final URI OUT_OF_RANGE = URI.create("urn:nrm-tracker:problem:out-of-calendar-range");
    public static final URI UNAUTHORIZED = URI.create("urn:nrm-tracker:problem:unauthorized");
    public static final URI FORBIDDEN = URI.create("urn:nrm-tracker:problem:forbidden");
    public static final URI POSITION_NOT_REACHED = URI.create("urn:nrm-tracker:problem:position-not-reached");
    public static final URI TOKEN_ISSUER_UNAVAILABLE = URI.create("urn:nrm-tracker:problem:token-issuer-unavailable");
    /** The query side's read models are still being built: lists and statistics would count part of the referrals. */
    public static final URI READ_MODELS_BUILDING = URI.create("urn:nrm-tracker:problem:read-models-building");
    /** A write was sent but whether it was stored is unknown (docs/consistency.md): retry under the same key. */
    public static final URI WRITE_OUTCOME_UNKNOWN = URI.create("urn:nrm-tracker:problem:write-outcome-unknown");
    public static final URI INTERNAL_ERROR = URI.create("urn:nrm-tracker:problem:internal-error");

    public static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    public static ProblemDetail invalid(String detail, List<FieldProblem> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID_REQUEST, "Invalid request", detail);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    private ProblemTypes() {
    }
}
