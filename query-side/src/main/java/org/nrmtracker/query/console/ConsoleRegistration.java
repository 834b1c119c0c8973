package org.nrmtracker.query.console;

import org.nrmtracker.platform.security.OAuthProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import java.net.URI;

/**
 * The one client registration of the console (docs/console.md). Production: the OpenID Connect issuer of
 * {@code NRM_OAUTH_ISSUER_URI}, its metadata read at the first sign-in (as the bearer-token checks do), and read again
 * after a failure, so the application starts while the issuer is unreachable. Local mode: the command side's
 * authorization server, at the origin of {@code nrm.oauth.jwk-set-uri}.
 */
final class ConsoleRegistration implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(ConsoleRegistration.class);
    /** Where the issuer sends a person back to, under the console's own paths (docs/console.md). */
    static final String SIGNED_IN = "/console/signed-in";
    private static final String REDIRECT_URI = "{baseUrl}" + SIGNED_IN + "/{registrationId}";

    private final OAuthProperties oauth;
    private final ConsoleProperties console;
    private volatile ClientRegistration registration;

    ConsoleRegistration(OAuthProperties oauth, ConsoleProperties console) {
        this.oauth = oauth;
        this.console = console;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!ConsoleProperties.REGISTRATION.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            try {
                known = oauth.trustsAnIssuer() ? fromIssuer() : local();
                registration = known;
            } catch (RuntimeException unreachable) {
                log.warn("Cannot read the issuer's metadata for the console's sign-in: {}",
                        unreachable.getClass().getSimpleName());
                return null;
            }
        }
        return known;
    }

    private ClientRegistration fromIssuer() {
        return ClientRegistrations.fromIssuerLocation(oauth.issuerUri())
                .registrationId(ConsoleProperties.REGISTRATION)
                .clientId(console.clientId())
                .clientSecret(console.clientSecret())
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(REDIRECT_URI)
                .scope(console.scopes())
                .build();
    }

    private ClientRegistration local() {
        URI server = URI.create(oauth.jwkSetUri()).resolve("/");
        String secret = console.clientSecret().isEmpty() ? ConsoleProperties.LOCAL_SECRET : console.clientSecret();
        return ClientRegistration.withRegistrationId(ConsoleProperties.REGISTRATION)
                .clientId(console.clientId())
                .clientSecret(secret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(REDIRECT_URI)
                .scope(console.scopes())
                .authorizationUri(server.resolve("/oauth2/authorize").toString())
                .tokenUri(server.resolve("/oauth2/token").toString())
                .jwkSetUri(oauth.jwkSetUri())
                .userNameAttributeName("sub")
                .build();
    }
}
