package org.nrmtracker.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.List;

/**
 * How a caller proves who it is (docs/api.md §8): a bearer JWT it already holds, or one that Swagger UI's Authorize
 * button gets with a client's id and secret (client-credentials grant). Every operation takes either.
 */
final class TokenSchemes implements OpenApiCustomizer {

    static final String BEARER = "bearer-token";
    static final String CLIENT = "client-credentials";

    private final SecurityScheme client;

    private TokenSchemes(SecurityScheme client) {
        this.client = client;
    }

    /** Local mode, or a token endpoint set by {@code nrm.openapi.token-url}. */
    static TokenSchemes clientCredentialsAt(String tokenUrl) {
        return new TokenSchemes(new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                .description("A client's id and secret, exchanged for a token at " + tokenUrl + ". Asking for no "
                        + "scope gets all of the client's own.")
                .flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl(tokenUrl).scopes(scopes()))));
    }

    /** Production without {@code nrm.openapi.token-url}: the issuer's token endpoint, from its discovery document. */
    static TokenSchemes discoveredAt(String discoveryUrl) {
        return new TokenSchemes(new SecurityScheme().type(SecurityScheme.Type.OPENIDCONNECT)
                .openIdConnectUrl(discoveryUrl)
                .description("A client of the OpenID Connect issuer, client-credentials grant."));
    }

    @Override
    public void customise(OpenAPI api) {
        api.getComponents()
                .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .bearerFormat("JWT").description("An OAuth2 access token whose scopes allow the operation: "
                                + "referrals:write, statistics:read, audit:read or admin"))
                .addSecuritySchemes(CLIENT, client);
        api.setSecurity(List.of(new SecurityRequirement().addList(BEARER), new SecurityRequirement().addList(CLIENT)));
    }

    private static Scopes scopes() {
        return new Scopes()
                .addString("referrals:write", "a provider: records its organisation's referrals and reads their "
                        + "timelines")
                .addString("statistics:read", "an analyst: statistics and every timeline, without subjectRef")
                .addString("audit:read", "an auditor: stored events, the export and the integrity check")
                .addString("admin", "an administrator: projection rebuilds and metrics");
    }
}
