package org.nrmtracker.query.problem;

import org.nrmtracker.kernel.referral.ReferralNotFound;
import org.nrmtracker.platform.problem.ProblemResponses;
import org.nrmtracker.platform.problem.ProblemTypes;
import org.nrmtracker.query.reads.PositionNotReached;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The problem answers of the read API: the shared ones, naming the parameter, never echoing its value. */
@RestControllerAdvice
public class QuerySideProblems extends ProblemResponses {

    public QuerySideProblems() {
        super("The request has invalid parameters.", "has the wrong format or an unknown value",
                "The request could not be answered.");
    }

    @ExceptionHandler(ReferralNotFound.class)
    ProblemDetail notFound(ReferralNotFound e) {
        return ProblemTypes.problem(HttpStatus.NOT_FOUND, ProblemTypes.REFERRAL_NOT_FOUND, "Unknown referral",
                "No referral with this id is known.");
    }

    /** docs/api.md §1: the read model has not reached minPosition within the wait; it is on its way. */
    @ExceptionHandler(PositionNotReached.class)
    ResponseEntity<ProblemDetail> positionNotReached(PositionNotReached e) {
        ProblemDetail problem = ProblemTypes.problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.POSITION_NOT_REACHED,
                "Not yet at this position", "The data this endpoint reads has not yet caught up with minPosition; "
                        + "try again after Retry-After seconds.");
        problem.setProperty("minPosition", e.minPosition());
        problem.setProperty("position", e.position());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
