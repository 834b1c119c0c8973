package org.nrmtracker.command.problem;

/** One entry of a validation problem's {@code errors}: which field, and what is wrong, never its value. */
public record FieldProblem(String field, String message) {
}
