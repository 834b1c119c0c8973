package org.nrmtracker.query.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param issuerUri {@code NRM_OAUTH_ISSUER_URI}: the OpenID Connect issuer trusted in production; empty in
 *                  local mode
 * @param jwkSetUri local mode only: the keys of the command side's token endpoint
 */
@ConfigurationProperties("nrm.oauth")
public record OAuthProperties(String issuerUri, String jwkSetUri) {

    boolean trustsAnIssuer() {
        return issuerUri != null && !issuerUri.isBlank();
    }
}
