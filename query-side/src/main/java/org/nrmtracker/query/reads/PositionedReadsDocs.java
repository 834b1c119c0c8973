package org.nrmtracker.query.reads;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import org.nrmtracker.platform.openapi.ProblemAnswers;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

import java.math.BigDecimal;

/**
 * Describes what {@link PositionedReads} adds to every read endpoint (docs/api.md §1) where a client looks for
 * it: the {@code minPosition} parameter, the {@code NRM-Position} header of its answers, and the {@code 503} when
 * the model does not get there in time.
 */
@Component
class PositionedReadsDocs implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        if (!handlerMethod.hasMethodAnnotation(ReadsFrom.class)) {
            return operation;
        }
        operation.addParametersItem(new QueryParameter().name(PositionedReads.MIN_POSITION).required(false)
                .schema(new IntegerSchema().format("int64").minimum(BigDecimal.ZERO))
                .description("Answer only once the data this endpoint reads holds every event at or below this "
                        + "global position (the position of a write's answer), waiting up to 5 s by default."));
        ProblemAnswers.add(operation, "400", "minPosition is not a whole number, 0 or more.");
        ProblemAnswers.add(operation, "503", "The data this endpoint reads did not reach minPosition within the "
                + "wait; try again after Retry-After seconds (problem type position-not-reached).");
        if (operation.getResponses() != null) {
            operation.getResponses().entrySet().stream().filter(answer -> answer.getKey().startsWith("2"))
                    .forEach(answer -> answer.getValue().addHeaderObject(PositionedReads.HEADER, new Header()
                            .schema(new IntegerSchema().format("int64"))
                            .description("Every event at or below this global position is in the answer.")));
        }
        return operation;
    }
}
