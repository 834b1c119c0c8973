package org.nrmtracker.command.security;

import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.function.Consumer;

/**
 * Spring's checks of an authorization request, with one local allowance: a redirect URI on {@code localhost} is
 * checked as the same URI on {@code 127.0.0.1}, any port (RFC 8252 §7.3), so a person who opens the console at
 * {@code http://localhost:8081/} (the README's address) is sent back there, to the host their session cookie
 * belongs to. Spring refuses {@code localhost} outright, as OAuth 2.1 recommends for clients on other machines;
 * the local authorization server only ever serves this machine.
 */
final class LoopbackRedirectUris implements Consumer<OAuth2AuthorizationCodeRequestAuthenticationContext> {

    private final Consumer<OAuth2AuthorizationCodeRequestAuthenticationContext> spring =
            new OAuth2AuthorizationCodeRequestAuthenticationValidator();

    @Override
    public void accept(OAuth2AuthorizationCodeRequestAuthenticationContext context) {
        OAuth2AuthorizationCodeRequestAuthenticationToken request = context.getAuthentication();
        String redirectUri = request.getRedirectUri();
        if (redirectUri == null || !"localhost".equals(UriComponentsBuilder.fromUriString(redirectUri).build().getHost())) {
            spring.accept(context);
            return;
        }
        String loopback = UriComponentsBuilder.fromUriString(redirectUri).host("127.0.0.1").toUriString();
        OAuth2AuthorizationCodeRequestAuthenticationToken asLoopback = new OAuth2AuthorizationCodeRequestAuthenticationToken(
                request.getAuthorizationUri(), request.getClientId(), (org.springframework.security.core.Authentication)
                request.getPrincipal(), loopback, request.getState(), request.getScopes(), request.getAdditionalParameters());
        spring.accept(OAuth2AuthorizationCodeRequestAuthenticationContext.with(asLoopback)
                .registeredClient(context.getRegisteredClient()).build());
    }
}
