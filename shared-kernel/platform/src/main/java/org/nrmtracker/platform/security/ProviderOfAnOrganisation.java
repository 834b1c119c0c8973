package org.nrmtracker.platform.security;

import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * {@code referrals:write} alone is not enough: the referrals a provider may write, and read, are its
 * organisation's, so its token must name one (claim {@code org}, docs/api.md §8).
 */
public final class ProviderOfAnOrganisation {

    public static AuthorizationManager<RequestAuthorizationContext> required() {
        AuthorizationManager<RequestAuthorizationContext> ofAnOrganisation = (authentication, context) ->
                new AuthorizationDecision(authentication.get() instanceof JwtAuthenticationToken token
                        && Caller.of(token).organisation() != null);
        return AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasAuthority(Authorities.REFERRALS_WRITE),
                ofAnOrganisation);
    }

    private ProviderOfAnOrganisation() {
    }
}
