package org.nrmtracker.platform.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.List;

/**
 * Every error as {@code application/problem+json} (docs/api.md §1): a clear sentence, field names for invalid input,
 * and never a stack trace, a class name or a value from the request. What both applications answer alike is here;
 * each extends it once, as its {@code @RestControllerAdvice}, with the failures only it meets.
 */
public abstract class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    private final String invalidDetail;
    private final String wrongType;
    private final String failureDetail;

    /**
     * @param invalidDetail the detail of a 400 for {@link InvalidRequest}: what the side's requests carry (fields
     *                      of a body, parameters of a query)
     * @param wrongType     what is wrong with a path or query value of the wrong type, e.g. a referral id that is
     *                      not a UUID
     * @param failureDetail the detail of a 500: what the caller may do about it
     */
    protected ProblemResponses(String invalidDetail, String wrongType, String failureDetail) {
        this.invalidDetail = invalidDetail;
        this.wrongType = wrongType;
        this.failureDetail = failureDetail;
    }

    @ExceptionHandler(InvalidRequest.class)
    protected ProblemDetail invalidRequest(InvalidRequest e) {
        return ProblemTypes.invalid(invalidDetail, e.errors());
    }

    @ExceptionHandler(Exception.class)
    protected ResponseEntity<Object> unexpected(Exception e) {
        // logged by class and message only: messages of our own code carry no request data
        log.error("Unexpected failure while answering a request: {}", e.toString(), e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(ProblemTypes.problem(
                HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL_ERROR, "Internal error", failureDetail));
    }

    /** Names the value, never quotes it: Spring's own detail does. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = e.getPropertyName() == null ? "(parameter)" : e.getPropertyName();
        return ResponseEntity.badRequest().body(ProblemTypes.invalid(invalidDetail,
                List.of(new FieldProblem(name, wrongType))));
    }

    /** Spring 7 leaves {@code type} out of its own problems (415, 405, ...); docs/api.md §1 wants it on every error. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getType() == null) {
            problem.setType(URI.create("about:blank"));
        }
        return super.createResponseEntity(body, headers, status, request);
    }
}
