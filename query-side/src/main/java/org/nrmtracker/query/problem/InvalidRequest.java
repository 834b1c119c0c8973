package org.nrmtracker.query.problem;

import java.util.List;

/** A query parameter that is well-formed but not acceptable (400), e.g. {@code windows=0}. */
public class InvalidRequest extends RuntimeException {

    private final List<FieldProblem> errors;

    public InvalidRequest(String field, String message) {
        super("Invalid request parameter", null, false, false);
        this.errors = List.of(new FieldProblem(field, message));
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
