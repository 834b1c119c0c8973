package org.nrmtracker.platform.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Optional;

/**
 * {@code nrm.openapi.*}: where Swagger UI's Authorize button gets a token, and whether the description may be read
 * without one.
 *
 * @param tokenUrl             {@code NRM_OPENAPI_TOKEN_URL}: the token endpoint of the client-credentials flow;
 *                             empty: the issuer's, found through its OpenID Connect discovery, in production
 *                             ({@code NRM_OAUTH_ISSUER_URI} set), else {@code localTokenUrl}
 * @param localTokenUrl        the command side's own token endpoint, as a browser reaches it in local mode
 * @param readableWithoutToken {@code NRM_OPENAPI_READABLE_WITHOUT_TOKEN}: {@code /v3/api-docs} and Swagger UI without a token;
 *                             unset: yes in local mode, no in production
 */
@ConfigurationProperties("nrm.openapi")
public record ApiDocsProperties(String tokenUrl,
                                @DefaultValue("http://localhost:8080/oauth2/token") String localTokenUrl,
                                Boolean readableWithoutToken) {

    /** Empty when the flow is to be found through the issuer's discovery document instead. */
    Optional<String> tokenUrlOr(String issuerUri) {
        if (tokenUrl != null && !tokenUrl.isBlank()) {
            return Optional.of(tokenUrl.strip());
        }
        return production(issuerUri) ? Optional.empty() : Optional.ofNullable(localTokenUrl);
    }

    String discoveryOf(String issuerUri) {
        return issuerUri.strip().replaceAll("/+$", "") + "/.well-known/openid-configuration";
    }

    boolean readableWithoutToken(String issuerUri) {
        return readableWithoutToken == null ? !production(issuerUri) : readableWithoutToken;
    }

    private static boolean production(String issuerUri) {
        return issuerUri != null && !issuerUri.isBlank();
    }
}
