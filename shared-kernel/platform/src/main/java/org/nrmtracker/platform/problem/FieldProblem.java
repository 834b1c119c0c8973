package org.nrmtracker.platform.problem;

import org.springframework.validation.Errors;

import java.util.Comparator;
import java.util.List;

/**
 * One entry of a validation problem's {@code errors}: which field of a body, or which parameter of a query, and
 * what is wrong with it, never its value.
 */
public record FieldProblem(String field, String message) {

    /** The field errors of a bean validation, sorted by field so that answers are stable. */
    public static List<FieldProblem> of(Errors errors) {
        return errors.getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
    }
}
