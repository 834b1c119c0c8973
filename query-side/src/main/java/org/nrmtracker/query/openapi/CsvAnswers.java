package org.nrmtracker.query.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * A statistics answer in CSV (docs/api.md §5) is text, not the JSON object springdoc would describe for it from the
 * handler's return type: one row per group (or step, or point and group), one column per number.
 */
@Component
final class CsvAnswers implements OperationCustomizer {

    static final String CSV = "text/csv";

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        if (operation.getResponses() == null) {
            return operation;
        }
        operation.getResponses().values().stream()
                .filter(response -> response.getContent() != null && response.getContent().containsKey(CSV))
                .forEach(response -> response.getContent().addMediaType(CSV, new MediaType().schema(new StringSchema()
                        .description("With Accept: text/csv: a header row, then one row per group (per step of a "
                                + "survival curve; per point and group of a backlog series); one column per "
                                + "key dimension and per number, named by its dotted path in the JSON answer (e.g. "
                                + "conclusiveGrounds.daysFromReferral.median); a suppressed group's numbers are "
                                + "empty"))));
        return operation;
    }
}
