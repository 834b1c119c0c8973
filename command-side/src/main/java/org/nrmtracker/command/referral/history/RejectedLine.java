package org.nrmtracker.command.referral.history;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.nrmtracker.command.referral.ImpossibleReferralDates;
import org.nrmtracker.command.referral.ReferralStateConflict;
import org.nrmtracker.kernel.eventstore.WriteOutcomeUnknown;

/**
 * One line of an import refused, with the status the single-event endpoints would have answered and a sentence
 * of our own: never the line's content.
 */
final class RejectedLine extends RuntimeException {

    static final int INTERNAL_ERROR = 500;

    private final int status;
    private final String detail;

    private RejectedLine(int status, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.detail = detail;
    }

    static RejectedLine invalid(String detail) {
        return new RejectedLine(400, detail);
    }

    /** The referral's answer to a command, as ProblemResponses gives it for a single event. */
    static RejectedLine refusal(RuntimeException e) {
        // Axon wraps what a handler threw when it crosses a boundary; answer for the original
        Throwable cause = e instanceof CommandExecutionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof ReferralStateConflict) {
            return new RejectedLine(409, cause.getMessage());
        }
        if (cause instanceof ImpossibleReferralDates) {
            return new RejectedLine(422, cause.getMessage());
        }
        if (cause instanceof AggregateNotFoundException) {
            return new RejectedLine(404, "No referral with this id has been recorded: its REFERRED line must come first.");
        }
        if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
            return new RejectedLine(409, "Another event was recorded on this referral at the same moment. "
                    + "Send the line again.");
        }
        for (Throwable c = cause; c != null; c = c.getCause()) {
            if (c instanceof WriteOutcomeUnknown) { // docs/consistency.md, "Unknown outcomes"
                return new RejectedLine(503, "Whether the line was recorded is unknown: the event store did not "
                        + "confirm it in time. Send the line again: it is then recorded once, or acknowledged.");
            }
        }
        return new RejectedLine(INTERNAL_ERROR, "The line could not be recorded because of an internal error. "
                + "Nothing was recorded for it; it is safe to send it again.");
    }

    int status() {
        return status;
    }

    String detail() {
        return detail;
    }
}
