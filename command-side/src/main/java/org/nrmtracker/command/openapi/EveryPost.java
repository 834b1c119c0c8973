package org.nrmtracker.command.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.nrmtracker.platform.openapi.ProblemAnswers;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;

/**
 * What the command side's filters answer on every POST before a handler sees it (docs/api.md §1): the
 * {@code Idempotency-Key} header with its two refusals, and the cap on a body's size.
 */
@Component
final class EveryPost implements OperationCustomizer {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getMethod(),
                RequestMapping.class);
        if (mapping == null || !Arrays.asList(mapping.method()).contains(RequestMethod.POST)) {
            return operation;
        }
        operation.addParametersItem(new HeaderParameter().name(IDEMPOTENCY_KEY).required(false)
                .schema(new StringSchema().minLength(1).maxLength(255).pattern("^[\\x20-\\x7E]{1,255}$"))
                .description("Makes a retry safe: the same key from the same client with the same method, path and "
                        + "body gets the first answer again (status and body) and records nothing new. 1 to 255 "
                        + "printable ASCII characters; kept at least 30 days. A new key for each new request: the first "
                        + "answer under a key, a refusal too, is the one it keeps."));
        ProblemAnswers.add(operation, "400", "The Idempotency-Key header is not 1 to 255 printable ASCII characters.");
        ProblemAnswers.add(operation, "409", "A request with this Idempotency-Key is still being answered.");
        ProblemAnswers.add(operation, "413", "The body is larger than this operation allows.");
        ProblemAnswers.add(operation, "422", "This Idempotency-Key was used with a different request.");
        return operation;
    }
}
