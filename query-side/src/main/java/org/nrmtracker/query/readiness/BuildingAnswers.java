package org.nrmtracker.query.readiness;

import io.swagger.v3.oas.models.Operation;
import org.nrmtracker.platform.openapi.ProblemAnswers;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;

/** The OpenAPI description says of each operation {@link BuildingGuard} guards that it answers 503 while building. */
@Component
class BuildingAnswers implements OperationCustomizer {

    private final ProblemAnswers shared;

    BuildingAnswers(ProblemAnswers shared) {
        this.shared = shared;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        // the shared answers first (they add a 503 only where none is described), whichever order springdoc runs
        // its customizers in: otherwise this 503 would hide the token issuer's
        shared.customize(operation, handlerMethod);
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getBeanType(),
                RequestMapping.class);
        if (mapping != null && Arrays.stream(mapping.path()).anyMatch(BuildingGuard::guards)) {
            ProblemAnswers.add(operation, "503", "The read models are still being built after a start (readiness is "
                    + "DOWN): a problem with how far each has come; try again after Retry-After seconds.");
        }
        return operation;
    }
}
