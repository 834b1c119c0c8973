package org.nrmtracker.query.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.nrmtracker.query.calendar.CountsWorkingDays;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/** An operation that counts working days can answer 422 when its dates fall outside the shipped bank holidays. */
@Component
final class WorkingDayAnswers implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        if (handlerMethod.hasMethodAnnotation(CountsWorkingDays.class)) {
            if (operation.getResponses() == null) {
                operation.setResponses(new ApiResponses());
            }
            operation.getResponses().putIfAbsent("422", new ApiResponse().description("Working days asked for "
                    + "outside the bank holidays the application ships (out-of-calendar-range)."));
        }
        return operation;
    }
}
