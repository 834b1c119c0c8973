package org.nrmtracker.command.problem;

import java.util.List;

/** A request whose fields are individually valid but wrong together, or checked beyond annotations (400). */
public class InvalidRequest extends RuntimeException {

    private final List<FieldProblem> errors;

    public InvalidRequest(List<FieldProblem> errors) {
        super("The request has invalid fields", null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
