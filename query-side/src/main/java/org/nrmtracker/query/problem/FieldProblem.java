package org.nrmtracker.query.problem;

/** One entry of a validation problem's {@code errors}: which parameter, and what is wrong with it. */
public record FieldProblem(String field, String message) {
}
