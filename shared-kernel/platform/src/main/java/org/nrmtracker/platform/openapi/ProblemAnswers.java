package org.nrmtracker.platform.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * The refusals every operation of either application can answer (docs/api.md §1, §8), added to each operation so
 * that a client sees them where it looks: a token that is missing or does not allow the call, an issuer that cannot
 * be reached, and input that cannot be read, each unless the operation says otherwise. What only some operations
 * answer, their controllers declare.
 */
public final class ProblemAnswers implements OperationCustomizer {

    ProblemAnswers() {
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        if (operation.getRequestBody() != null || hasCheckedParameters(operation)) {
            addIfAbsent(operation, "400", "The request cannot be read or has invalid fields; errors names each "
                    + "field and what is wrong with it (never its value).");
        }
        if (operation.getRequestBody() != null) {
            addIfAbsent(operation, "415", "The body is not of the Content-Type this operation takes.");
        }
        addIfAbsent(operation, "401", "No bearer token, or one that is malformed, expired or not signed by a "
                + "trusted key.");
        addIfAbsent(operation, "403", "The token's scopes (or, for a provider, its missing organisation) do not "
                + "allow this operation.");
        addIfAbsent(operation, "503", "Tokens cannot be verified at the moment (the token issuer is unreachable); "
                + "try again after Retry-After seconds.");
        return operation;
    }

    /** Any query or header parameter, or a path parameter of a format (a UUID): a wrong value is a 400. */
    private static boolean hasCheckedParameters(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream().anyMatch(parameter ->
                !"path".equals(parameter.getIn()) || parameter.getSchema() == null
                        || parameter.getSchema().getFormat() != null);
    }

    /** Where the operation's own declaration says nothing of this status, says this. */
    private static void addIfAbsent(Operation operation, String status, String description) {
        if (operation.getResponses() == null || !operation.getResponses().containsKey(status)) {
            add(operation, status, description);
        }
    }

    /** Adds an answer to an operation, or, where it already has one with that status, adds this reason to it. */
    public static void add(Operation operation, String status, String description) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponse existing = operation.getResponses().get(status);
        if (existing == null) {
            operation.getResponses().addApiResponse(status, new ApiResponse().description(description));
        } else if (existing.getDescription() == null || !existing.getDescription().contains(description)) {
            existing.setDescription(existing.getDescription() == null || existing.getDescription().isBlank()
                    ? description : existing.getDescription() + " Or: " + description);
        }
    }
}
