package org.nrmtracker.platform.problem;

import java.util.List;

/**
 * A request whose fields are individually well-formed but not acceptable, alone or together, or checked beyond
 * annotations: a 400 naming each field or parameter (e.g. {@code windows=0}).
 */
public class InvalidRequest extends RuntimeException {

    private final List<FieldProblem> errors;

    public InvalidRequest(List<FieldProblem> errors) {
        super("The request has invalid fields", null, false, false);
        this.errors = List.copyOf(errors);
    }

    public InvalidRequest(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
