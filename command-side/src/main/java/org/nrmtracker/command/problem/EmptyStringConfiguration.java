package org.nrmtracker.command.problem;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;

/**
 * docs/api.md §1: a value of the wrong type is a 400. Jackson otherwise reads {@code ""} as no value for a UUID, a
 * date or an enum, so {@code "referralId": ""} would quietly make a referral under a new id. No property says
 * this, hence the customizer.
 */
@Configuration(proxyBeanMethods = false)
class EmptyStringConfiguration {

    @Bean
    JsonMapperBuilderCustomizer emptyStringIsNoValue() {
        return builder -> builder.withCoercionConfigDefaults(
                coercion -> coercion.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
    }
}
