package org.nrmtracker.command.problem;

import org.nrmtracker.platform.problem.FieldProblem;
import org.nrmtracker.platform.problem.ProblemTypes;
import org.springframework.http.ProblemDetail;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Explains why a body could not be read, naming the field but never quoting the input: Jackson's
 * own messages echo values, which may be personal data.
 */
public final class UnreadableBodies {

    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    /** Stands for an unknown field whose name is not repeated. */
    static final String UNSHOWN_NAME = "(unknown field)";

    static ProblemDetail explain(Throwable cause) {
        return fieldProblem(cause)
                .map(problem -> ProblemTypes.invalid("The body does not match the request's schema.", List.of(problem)))
                .orElseGet(() -> ProblemTypes.invalid("The body is not well-formed JSON (or not valid UTF-8).",
                        List.of()));
    }

    /** The field a body that could not be bound got wrong; empty when the body is not even well-formed JSON. */
    public static Optional<FieldProblem> fieldProblem(Throwable cause) {
        JacksonException jackson = find(cause);
        if (jackson == null || jackson instanceof StreamReadException && !(jackson instanceof tools.jackson.databind.DatabindException)) {
            return Optional.empty();
        }
        String field = path(jackson);
        String message;
        if (jackson instanceof UnrecognizedPropertyException) {
            message = "is not a field of this request";
        } else if (jackson instanceof InvalidTypeIdException) {
            field = field.isEmpty() ? "type" : field + ".type";
            message = "is missing or is not an event type accepted here";
        } else {
            message = "has the wrong type, an unknown value or an impossible date";
        }
        return Optional.of(new FieldProblem(field.isEmpty() ? "(body)" : field, message));
    }

    private static JacksonException find(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(shown(ref.getPropertyName()));
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * A field's name as the answer may repeat it: an unknown field's name is the client's own text, so it is
     * named only when it looks like a field name (never quoting a value put in a name, control characters, or
     * kilobytes of text).
     */
    private static String shown(String name) {
        return FIELD_NAME.matcher(name).matches() ? name : UNSHOWN_NAME;
    }

    private UnreadableBodies() {
    }
}
