package org.nrmtracker.command.referral;

import org.nrmtracker.platform.problem.FieldProblem;

import java.util.List;

/**
 * The referral's state forbids the event (HTTP 409), e.g. a second reasonable-grounds decision without a
 * reconsideration, or anything after a withdrawal. The message is a sentence a caseworker can act on and never
 * carries personal data.
 */
public class ReferralStateConflict extends RuntimeException {

    private final transient List<FieldProblem> fields;

    ReferralStateConflict(String message) {
        this(message, List.of());
    }

    ReferralStateConflict(String message, List<FieldProblem> fields) {
        // an expected refusal, not a fault: a stack trace would only cost time on large imports
        super(message, null, false, false);
        this.fields = List.copyOf(fields);
    }

    /**
     * The request's fields the refusal concerns, each with what is wrong with it, so a form shows it beside them
     * (docs/api.md §1); empty when it concerns the referral as a whole.
     */
    public List<FieldProblem> fields() {
        return fields;
    }
}
