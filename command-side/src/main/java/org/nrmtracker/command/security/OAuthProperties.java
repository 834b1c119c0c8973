package org.nrmtracker.command.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code nrm.oauth.*}. With {@code issuer-uri} set (production: {@code NRM_OAUTH_ISSUER_URI}) the app trusts that
 * OpenID Connect issuer's tokens and issues none itself; empty, it runs its own token endpoint for {@code clients}.
 *
 * @param issuerUri      the external issuer, or empty for the local token endpoint
 * @param accessTokenTtl how long a token of the local endpoint is valid
 * @param clients        the local endpoint's clients by id (never the demo ones: those come with {@code --demo})
 */
@ConfigurationProperties("nrm.oauth")
public record OAuthProperties(String issuerUri,
                              @DefaultValue("PT30M") Duration accessTokenTtl,
                              Map<String, Client> clients) {

    public OAuthProperties {
        issuerUri = issuerUri == null ? "" : issuerUri.strip();
        clients = clients == null ? Map.of() : Map.copyOf(clients);
    }

    /**
     * @param secret       stored encoded, with its encoder's prefix (e.g. {@code {bcrypt}$2a$10$...})
     * @param scopes       of contract §8: referrals:write, statistics:read, audit:read, admin
     * @param organisation the {@code org} claim of its tokens; required for referrals:write
     */
    public record Client(String secret, List<String> scopes, String organisation) {

        public Client {
            scopes = scopes == null ? List.of() : List.copyOf(scopes);
        }
    }
}
