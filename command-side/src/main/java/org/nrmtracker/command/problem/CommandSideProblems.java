package org.nrmtracker.command.problem;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.nrmtracker.command.referral.ImpossibleReferralDates;
import org.nrmtracker.command.referral.ReferralStateConflict;
import org.nrmtracker.kernel.eventstore.WriteOutcomeUnknown;
import org.nrmtracker.platform.problem.FieldProblem;
import org.nrmtracker.platform.problem.ProblemResponses;
import org.nrmtracker.platform.problem.ProblemTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

import java.time.Duration;

/** The problem answers of the write API (docs/api.md §1): the shared ones, and those only a write meets. */
@RestControllerAdvice
class CommandSideProblems extends ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(CommandSideProblems.class);
    /** About the longest a majority takes to confirm a write MongoDB applied (docs/consistency.md). */
    static final Duration RETRY_AFTER_UNKNOWN_OUTCOME = Duration.ofSeconds(10);

    CommandSideProblems() {
        super("The request has invalid fields.", "has the wrong type or format",
                "The request could not be completed. Nothing was recorded for it; it is safe to retry.");
    }

    @ExceptionHandler(ReferralStateConflict.class)
    ProblemDetail stateConflict(ReferralStateConflict e) {
        ProblemDetail problem = ProblemTypes.problem(HttpStatus.CONFLICT, ProblemTypes.STATE_CONFLICT,
                "The referral's state does not allow this event", e.getMessage());
        if (!e.fields().isEmpty()) {
            problem.setProperty("errors", e.fields());
        }
        return problem;
    }

    @ExceptionHandler(ImpossibleReferralDates.class)
    ProblemDetail impossibleDates(ImpossibleReferralDates e) {
        return ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.IMPOSSIBLE_DATES,
                "The dates are impossible", e.getMessage());
    }

    /** Also {@code ReferralNotFound}: another organisation's referral is answered as one never recorded. */
    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException e) {
        return ProblemTypes.problem(HttpStatus.NOT_FOUND, ProblemTypes.REFERRAL_NOT_FOUND,
                "Unknown referral", "No referral with this id has been recorded.");
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ProblemDetail concurrentChange(Exception e) {
        return ProblemTypes.problem(HttpStatus.CONFLICT, ProblemTypes.CONCURRENT_CHANGE,
                "The referral changed at the same time",
                "Another event was recorded on this referral at the same moment. Send the event again.");
    }

    /**
     * A write whose outcome is unknown (docs/consistency.md, "Unknown outcomes") is no internal error that stored
     * nothing: the client is told to send the same request again, under the same Idempotency-Key, which finds the
     * event recorded (200) or records it (201). Anything else unexpected stays a 500.
     */
    @Override
    protected ResponseEntity<Object> unexpected(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof WriteOutcomeUnknown unknown) {
                log.warn("A write's outcome is unknown: {}", unknown.getMessage());
                return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                        .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_UNKNOWN_OUTCOME.toSeconds()))
                        .body(ProblemTypes.problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.WRITE_OUTCOME_UNKNOWN,
                                "Whether the event was recorded is unknown",
                                "The event store did not confirm the write in time. Send the same request again, "
                                        + "with the same Idempotency-Key: it is then recorded once, or acknowledged "
                                        + "as already recorded."));
            }
        }
        return super.unexpected(e);
    }

    @ExceptionHandler(RequestBodyTooLarge.class)
    ProblemDetail tooLarge(RequestBodyTooLarge e) {
        return ProblemTypes.problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.BODY_TOO_LARGE,
                "The body is too large", "A body on this endpoint may be at most " + e.limit() + " bytes.");
    }

    /** Axon wraps what a handler threw when it crosses a boundary; answer for the original. */
    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> commandFailed(CommandExecutionException e, WebRequest request) throws Exception {
        Throwable cause = e.getCause();
        if (cause instanceof Exception original && !(cause instanceof CommandExecutionException)) {
            return handle(original, request);
        }
        return unexpected(e);
    }

    private ResponseEntity<Object> handle(Exception e, WebRequest request) throws Exception {
        if (e instanceof ReferralStateConflict c) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(stateConflict(c));
        }
        if (e instanceof ImpossibleReferralDates d) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(impossibleDates(d));
        }
        if (e instanceof AggregateNotFoundException n) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(notFound(n));
        }
        if (e instanceof ConcurrencyException || e instanceof AggregateStreamCreationException) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(concurrentChange(e));
        }
        return unexpected(e);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof RequestBodyTooLarge tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge));
            }
        }
        return ResponseEntity.badRequest().body(UnreadableBodies.explain(e));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return ResponseEntity.badRequest().body(ProblemTypes.invalid("The request has invalid fields.",
                FieldProblem.of(e.getBindingResult())));
    }
}
