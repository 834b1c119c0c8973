package org.nrmtracker.platform.openapi;

import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.util.function.Supplier;

/**
 * Who may read the OpenAPI description and Swagger UI: anyone in local mode, so that a developer can read how to
 * integrate before holding a token; in production only a caller with a token, unless
 * {@code nrm.openapi.readable-without-token} opens them. A security chain grants {@link #PATHS} with it.
 */
public final class ApiDocsAccess implements AuthorizationManager<RequestAuthorizationContext> {

    public static final String[] PATHS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    private final boolean readableWithoutToken;
    private final AuthorizationManager<RequestAuthorizationContext> authenticated =
            AuthenticatedAuthorizationManager.authenticated();

    ApiDocsAccess(boolean readableWithoutToken) {
        this.readableWithoutToken = readableWithoutToken;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        return readableWithoutToken ? new AuthorizationDecision(true) : authenticated.authorize(authentication, context);
    }
}
