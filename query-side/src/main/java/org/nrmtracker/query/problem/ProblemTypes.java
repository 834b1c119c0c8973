package org.nrmtracker.query.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;

/** The problem types the read side answers with (RFC 9457). */
public final class ProblemTypes {

    public static final URI INVALID_REQUEST = URI.create("urn:nrm-tracker:problem:invalid-request");
    public static final URI REFERRAL_NOT_FOUND = URI.create("urn:nrm-tracker:problem:referral-not-found");
    public static final URI OUT_OF_RANGE = URI.create("urn:nrm-tracker:problem:out-of-calendar-range");
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
