package org.nrmtracker.command.security;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import java.time.Duration;

/**
 * The query side's console as a client of the local authorization server (docs/console.md): a confidential client
 * (the query side keeps its secret and the tokens; the browser sees neither) using the authorization-code grant with
 * PKCE, and refresh tokens. Its redirect URI is on the loopback address, where any port is accepted
 * ({@link LoopbackRedirectUris}). It exists with {@code --demo}, beside the people who use it.
 */
final class ConsoleClient {

    static final String ID = "nrm-console";
    static final String SECRET = ID + "-secret";

    static RegisteredClient registered(Duration accessTokenTtl) {
        return RegisteredClient.withId(ID)
                .clientId(ID)
                .clientSecret("{noop}" + SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri("http://127.0.0.1:8081/console/signed-in/" + ID)
                .scope(OidcScopes.OPENID)
                .scopes(scopes -> scopes.addAll(LocalClients.SCOPES))
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(accessTokenTtl)
                        .refreshTokenTimeToLive(Duration.ofHours(8)).reuseRefreshTokens(false).build())
                .build();
    }

    private ConsoleClient() {
    }
}
