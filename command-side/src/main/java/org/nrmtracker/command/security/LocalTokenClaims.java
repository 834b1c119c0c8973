package org.nrmtracker.command.security;

import org.nrmtracker.platform.security.Caller;
import org.nrmtracker.platform.security.OAuthProperties;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import java.util.List;
import java.util.Map;

/**
 * Adds what both apps read from a local access token. A client's own (client-credentials grant): {@code org} (the
 * client's organisation) and {@code client_id} (RFC 9068); a client that asks for no scope gets all of its own
 * (RFC 6749 §3.3 lets the server choose a default), so {@code curl -u demo-provider:demo-provider-secret -d
 * grant_type=client_credentials} is enough. A person's (authorization-code grant, through the console): the
 * person's own scopes among those the console asked for, and the person's organisation; no {@code client_id}, so
 * that the person ({@code sub}) is the caller who recorded or read something (docs/console.md).
 */
final class LocalTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final Map<String, OAuthProperties.Client> people;

    LocalTokenClaims(Map<String, OAuthProperties.Client> people) {
        this.people = Map.copyOf(people);
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            client(context);
        } else {
            person(context);
        }
    }

    private static void client(JwtEncodingContext context) {
        RegisteredClient client = context.getRegisteredClient();
        context.getClaims().claim(Caller.CLIENT_ID_CLAIM, client.getClientId());
        Object organisation = client.getClientSettings().getSetting(LocalClients.ORGANISATION_SETTING);
        if (organisation != null) {
            context.getClaims().claim(Caller.ORGANISATION_CLAIM, organisation.toString());
        }
        if (context.getAuthorizedScopes().isEmpty() && !client.getScopes().isEmpty()) {
            context.getClaims().claim("scope", client.getScopes());
        }
    }

    private void person(JwtEncodingContext context) {
        OAuthProperties.Client person = people.get(context.getPrincipal().getName());
        List<String> scopes = person == null ? List.of()
                : person.scopes().stream().filter(context.getAuthorizedScopes()::contains).toList();
        context.getClaims().claim("scope", scopes);
        if (person != null && person.organisation() != null) {
            context.getClaims().claim(Caller.ORGANISATION_CLAIM, person.organisation());
        }
    }
}
