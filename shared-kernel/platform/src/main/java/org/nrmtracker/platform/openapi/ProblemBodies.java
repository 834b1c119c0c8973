package org.nrmtracker.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.List;
import java.util.TreeMap;

/**
 * Every error is an RFC 9457 {@code application/problem+json} body (docs/api.md §1): this gives each 4xx and 5xx
 * answer of the description that body, whoever declared the answer. It runs on the finished description, so the
 * order in which operation customizers ran does not matter.
 */
final class ProblemBodies implements OpenApiCustomizer {

    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String PROBLEM = "Problem";
    private static final String FIELD_PROBLEM = "FieldProblem";

    @Override
    public void customise(OpenAPI api) {
        api.getComponents().addSchemas(PROBLEM, problem()).addSchemas(FIELD_PROBLEM, fieldProblem());
        if (api.getPaths() == null) {
            return;
        }
        Content body = new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
        api.getPaths().values().stream()
                .flatMap(path -> path.readOperations().stream())
                .filter(operation -> operation.getResponses() != null)
                .forEach(operation -> {
                    operation.getResponses().forEach((status, response) -> {
                        if (status.startsWith("4") || status.startsWith("5")) {
                            response.setContent(body);
                        }
                    });
                    operation.setResponses(byStatus(operation.getResponses()));
                });
    }

    /** Answers in the order of their status, as a reader looks for them, whoever added them when. */
    private static ApiResponses byStatus(ApiResponses responses) {
        ApiResponses sorted = new ApiResponses();
        new TreeMap<>(responses).forEach(sorted::addApiResponse);
        return sorted;
    }

    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("What went wrong, as RFC 9457 says; never a stack trace, a class name or a value of "
                        + "the request")
                .addProperty("type", new StringSchema().format("uri-reference")
                        .description("What kind of problem it is; branch on this, e.g. "
                                + "urn:nrm-tracker:problem:state-conflict")
                        .example("urn:nrm-tracker:problem:invalid-request"))
                .addProperty("title", new StringSchema().description("A short summary of the type")
                        .example("Invalid request"))
                .addProperty("status", new IntegerSchema().description("The HTTP status").example(400))
                .addProperty("detail", new StringSchema().description("A sentence about this occurrence")
                        .example("The request has invalid fields."))
                .addProperty("errors", new ArraySchema()
                        .items(new Schema<>().$ref("#/components/schemas/" + FIELD_PROBLEM))
                        .description("On a 400 for invalid input: each field in error"))
                .required(List.of("type", "title", "status", "detail"));
    }

    private static Schema<?> fieldProblem() {
        return new ObjectSchema()
                .addProperty("field", new StringSchema().description("The field's path in the body, or the "
                        + "parameter's name").example("survivor.nationalities[0]"))
                .addProperty("message", new StringSchema().description("What is wrong with it")
                        .example("must be an ISO 3166-1 alpha-3 code"))
                .required(List.of("field", "message"));
    }
}
