package org.nrmtracker.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code nrm.oauth.*}, one set of settings for both applications. With {@code issuer-uri} set (production:
 * {@code NRM_OAUTH_ISSUER_URI}) both trust that OpenID Connect issuer's tokens and the command side issues none
 * itself; empty (local mode), the command side runs its own token endpoint for {@code clients} and the query side
 * trusts the keys it publishes at {@code jwk-set-uri}.
 *
 * @param issuerUri      the external issuer, or empty for local mode
 * @param jwkSetUri      local mode, query side: the keys of the command side's token endpoint
 * @param accessTokenTtl local mode, command side: how long a token of its endpoint is valid
 * @param clients        local mode, command side: its endpoint's clients by id (never the demo ones: those come
 *                       with {@code --demo})
 */
@ConfigurationProperties("nrm.oauth")
public record OAuthProperties(String issuerUri,
                              String jwkSetUri,
                              @DefaultValue("PT30M") Duration accessTokenTtl,
                              Map<String, Client> clients) {

    public OAuthProperties {
        issuerUri = issuerUri == null ? "" : issuerUri.strip();
        clients = clients == null ? Map.of() : Map.copyOf(clients);
    }

    public boolean trustsAnIssuer() {
        return !issuerUri.isEmpty();
    }

    /**
     * @param secret       stored encoded, with its encoder's prefix (e.g. {@code {bcrypt}$2a$10$...})
     * @param scopes       {@link Scopes} of docs/api.md §8: referrals:write, statistics:read, audit:read, admin
     * @param organisation the {@code org} claim of its tokens; required for referrals:write
     */
    public record Client(String secret, List<String> scopes, String organisation) {

        public Client {
            scopes = scopes == null ? List.of() : List.copyOf(scopes);
        }
    }
}
