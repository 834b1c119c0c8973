package org.nrmtracker.query.problem;

import org.nrmtracker.kernel.referral.ReferralNotFound;
import org.nrmtracker.platform.problem.ProblemResponses;
import org.nrmtracker.platform.problem.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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
}
