package org.nrmtracker.query.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells readers of {@code /v3/api-docs} that every operation wants a bearer token (contract §8). */
@Configuration(proxyBeanMethods = false)
class BearerTokenDocumentation {

    static final String SCHEME = "bearer-token";

    @Bean
    OpenAPI bearerTokenOpenApi() {
        return new OpenAPI()
                .components(new Components().addSecuritySchemes(SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("An OAuth2 access token whose scopes allow the operation: referrals:write, "
                                + "statistics:read, audit:read or admin")))
                .addSecurityItem(new SecurityRequirement().addList(SCHEME));
    }
}
