package org.nrmtracker.command.security;

import org.nrmtracker.platform.security.Caller;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Adds what both apps read from a local token: {@code org} (the client's organisation) and {@code client_id}
 * (RFC 9068). A client that asks for no scope gets all of its own (RFC 6749 §3.3 lets the server choose a
 * default), so {@code curl -u demo-provider:demo-provider-secret -d grant_type=client_credentials} is enough.
 */
final class LocalTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
                || !AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            return;
        }
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
}
