package org.nrmtracker.command.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.core.AbstractOAuth2Token;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

import java.time.Duration;

/**
 * Keeps the authorizations of people signing in (authorization-code grant: the code between the authorization and
 * the token request, then the refresh token), bounded in number and age; keeps nothing of the client-credentials
 * grant, whose JWTs are checked by signature and expiry alone. Spring's in-memory store would keep every token ever
 * issued, so a provider that asks for a token per request would grow the heap without bound. The price: the
 * revocation and introspection endpoints know no client-credentials token; it ends when it expires
 * ({@code nrm.oauth.access-token-ttl}).
 */
final class PeopleAuthorizations implements OAuth2AuthorizationService {

    private final Cache<String, OAuth2Authorization> people = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(Duration.ofHours(8)).build();

    @Override
    public void save(OAuth2Authorization authorization) {
        if (!AuthorizationGrantType.CLIENT_CREDENTIALS.equals(authorization.getAuthorizationGrantType())) {
            people.put(authorization.getId(), authorization);
        }
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        people.invalidate(authorization.getId());
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return people.getIfPresent(id);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return people.asMap().values().stream().filter(authorization -> holds(authorization, token, tokenType))
                .findFirst().orElse(null);
    }

    private static boolean holds(OAuth2Authorization authorization, String token, OAuth2TokenType type) {
        String kind = type == null ? null : type.getValue();
        return (kind == null || kind.equals(OAuth2ParameterNames.STATE))
                        && token.equals(authorization.getAttribute(OAuth2ParameterNames.STATE))
                || (kind == null || kind.equals(OAuth2ParameterNames.CODE))
                        && matches(authorization.getToken(OAuth2AuthorizationCode.class), token)
                || (kind == null || kind.equals(OAuth2TokenType.ACCESS_TOKEN.getValue()))
                        && matches(authorization.getAccessToken(), token)
                || (kind == null || kind.equals(OAuth2TokenType.REFRESH_TOKEN.getValue()))
                        && matches(authorization.getRefreshToken(), token);
    }

    private static boolean matches(OAuth2Authorization.Token<? extends AbstractOAuth2Token> held, String token) {
        return held != null && held.getToken().getTokenValue().equals(token);
    }
}
