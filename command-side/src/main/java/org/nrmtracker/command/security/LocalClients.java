package org.nrmtracker.command.security;

import org.nrmtracker.platform.security.OAuthProperties;
import org.nrmtracker.platform.security.Scopes;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The clients of the local token endpoint: those configured, plus the demo ones when asked for. */
final class LocalClients {

    /** Where a client's organisation is kept, to become its tokens' {@code org} claim. */
    static final String ORGANISATION_SETTING = "nrm.organisation";

    static final Set<String> SCOPES = Set.of(Scopes.REFERRALS_WRITE, Scopes.STATISTICS_READ,
            Scopes.AUDIT_READ, Scopes.ADMIN);

    static List<RegisteredClient> of(OAuthProperties properties, Map<String, OAuthProperties.Client> demo) {
        List<RegisteredClient> clients = new ArrayList<>();
        properties.clients().forEach((id, client) -> clients.add(registered(id, client, properties.accessTokenTtl())));
        demo.forEach((id, client) -> {
            if (properties.clients().containsKey(id)) {
                throw new IllegalStateException("nrm.oauth.clients." + id + " is also a demo client");
            }
            clients.add(registered(id, client, properties.accessTokenTtl()));
        });
        return clients;
    }

    private static RegisteredClient registered(String id, OAuthProperties.Client client, Duration ttl) {
        if (client.secret() == null || client.secret().isBlank()) {
            throw new IllegalStateException("nrm.oauth.clients." + id + ".secret is missing");
        }
        for (String scope : client.scopes()) {
            if (!SCOPES.contains(scope)) {
                throw new IllegalStateException("nrm.oauth.clients." + id + " has an unknown scope: " + scope
                        + "; known: " + SCOPES);
            }
        }
        if (client.scopes().contains(Scopes.REFERRALS_WRITE)
                && (client.organisation() == null || client.organisation().isBlank())) {
            throw new IllegalStateException("nrm.oauth.clients." + id + " may write referrals, so it needs an organisation");
        }
        ClientSettings.Builder settings = ClientSettings.builder();
        if (client.organisation() != null && !client.organisation().isBlank()) {
            settings.setting(ORGANISATION_SETTING, client.organisation());
        }
        return RegisteredClient.withId(id)
                .clientId(id)
                .clientSecret(client.secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(client.scopes()))
                .clientSettings(settings.build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(ttl).build())
                .build();
    }

    private LocalClients() {
    }
}
