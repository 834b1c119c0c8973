package org.nrmtracker.query.security;

import org.nrmtracker.platform.security.OAuthProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Local mode (docs/api.md §8): with no {@code nrm.oauth.issuer-uri}, the query side trusts tokens signed by a key of
 * {@code nrm.oauth.jwk-set-uri}, the command side's token endpoint, within their {@code nbf} and {@code exp}
 * (60 seconds' skew allowed). The keys are fetched at the first request, not at start: the command side may still
 * be starting. With an issuer, the platform's {@code IssuerTokens} decide instead.
 * <p>
 * Timestamps are checked against the system clock, not the application's {@code Clock}: a token's expiry is
 * real time, whatever day the read models are asked about.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${nrm.oauth.issuer-uri:}'.isBlank()")
class CommandSideKeys {

    private static final Logger log = LoggerFactory.getLogger(CommandSideKeys.class);

    @Bean
    JwtDecoder jwtDecoder(OAuthProperties oauth) {
        log.info("Local mode: trusting bearer tokens signed by the keys at {}", oauth.jwkSetUri());
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(oauth.jwkSetUri()).build();
        decoder.setJwtValidator(JwtValidators.createDefault());
        return decoder;
    }
}
