package org.nrmtracker.command.referral.http;

import jakarta.validation.Validator;
import org.nrmtracker.command.referral.MakeReferral;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.platform.problem.FieldProblem;
import org.nrmtracker.platform.problem.InvalidRequest;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bodies of docs/api.md §3.1 and §3.2 read into their commands for callers that hold the JSON themselves, such
 * as the history import: the endpoints' own request records, bound by the application's JSON mapper, checked by
 * the same bean validation (as Spring MVC runs it for {@code @Valid}) and mapped by the same {@code toCommand}.
 */
@Component
public class ReferralCommands {

    private final JsonMapper json;
    private final SpringValidatorAdapter validator;

    ReferralCommands(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = new SpringValidatorAdapter(validator);
    }

    /**
     * A referral (§3.1).
     *
     * @throws tools.jackson.core.JacksonException when the body does not bind (unknown field, wrong type, ...)
     * @throws InvalidRequest when a field is invalid
     */
    public MakeReferral referral(JsonNode body) {
        return valid(json.treeToValue(body, ReferralRequest.class)).toCommand();
    }

    /**
     * One event of a referral other than {@code REFERRED} (§3.2), named by its {@code type}.
     *
     * @throws tools.jackson.core.JacksonException when the body does not bind (unknown type or field, ...)
     * @throws InvalidRequest when a field is invalid
     */
    public Object event(ReferralId referralId, JsonNode body) {
        return valid(json.treeToValue(body, EventRequest.class)).toCommand(referralId);
    }

    private <T> T valid(T request) {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(request, "request");
        validator.validate(request, errors);
        if (errors.hasErrors()) {
            throw new InvalidRequest(FieldProblem.of(errors));
        }
        return request;
    }
}
