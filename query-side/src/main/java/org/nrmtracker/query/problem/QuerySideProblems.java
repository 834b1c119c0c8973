package org.nrmtracker.query.problem;

import org.nrmtracker.kernel.referral.ReferralNotFound;
import org.nrmtracker.platform.problem.FieldProblem;
import org.nrmtracker.platform.problem.ProblemResponses;
import org.nrmtracker.platform.problem.ProblemTypes;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.List;

/** The problem answers of the read API: the shared ones, naming the parameter, never echoing its value. */
@RestControllerAdvice
public class QuerySideProblems extends ProblemResponses {

    public QuerySideProblems() {
        super("The request has invalid parameters.", "The request could not be answered.");
    }

    @ExceptionHandler(ReferralNotFound.class)
    ProblemDetail notFound(ReferralNotFound e) {
        return ProblemTypes.problem(HttpStatus.NOT_FOUND, ProblemTypes.REFERRAL_NOT_FOUND, "Unknown referral",
                "No referral with this id is known.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return ProblemTypes.invalid("The request has invalid parameters.",
                List.of(new FieldProblem(e.getName(), "has the wrong format or an unknown value")));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = e.getPropertyName() == null ? "(parameter)" : e.getPropertyName();
        return ResponseEntity.badRequest().body(ProblemTypes.invalid("The request has invalid parameters.",
                List.of(new FieldProblem(name, "has the wrong format or an unknown value"))));
    }
}
