package org.nrmtracker.query.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Which tokens the query side trusts (contract §8). With {@code nrm.oauth.issuer-uri}, those of that issuer,
 * its issuer claim and timestamps checked; otherwise those signed by a key of {@code nrm.oauth.jwk-set-uri},
 * the command side's token endpoint, timestamps checked. Either is looked up at the first request, not at
 * start: the issuer or the command side may still be starting.
 * <p>
 * Timestamps are checked against the system clock, not the application's {@code Clock}: a token's expiry is
 * real time, whatever day the read models are asked about.
 */
@Configuration(proxyBeanMethods = false)
class JwtDecoderConfiguration {

    private static final Logger log = LoggerFactory.getLogger(JwtDecoderConfiguration.class);

    @Bean
    JwtDecoder jwtDecoder(OAuthProperties oauth) {
        if (oauth.trustsAnIssuer()) {
            log.info("Trusting bearer tokens of the issuer {}", oauth.issuerUri());
            // fetches the issuer's metadata and keys when first needed, and again after a failure
            JwtDecoder issuer = new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(oauth.issuerUri()));
            return token -> {
                try {
                    return issuer.decode(token);
                } catch (JwtDecoderInitializationException unreachable) {
                    // a JwtException, so that the request is refused as the server's failure (503), not a 500
                    throw new JwtException("The token issuer could not be reached", unreachable);
                }
            };
        }
        log.info("Local mode: trusting bearer tokens signed by the keys at {}", oauth.jwkSetUri());
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(oauth.jwkSetUri()).build();
        decoder.setJwtValidator(localValidator());
        return decoder;
    }

    /** Local mode's checks: the token is within its {@code nbf} and {@code exp}, 60 seconds' skew allowed. */
    static OAuth2TokenValidator<Jwt> localValidator() {
        return JwtValidators.createDefault();
    }
}
