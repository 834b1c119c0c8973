package org.nrmtracker.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Production (docs/api.md §8): both applications trust the tokens of the OpenID Connect issuer at
 * {@code NRM_OAUTH_ISSUER_URI}, checked for that issuer, their signature and their validity period. Its metadata is
 * read at the first request, not at start, so an application starts while the issuer is briefly unreachable, and is
 * read again after a failure. In local mode each application brings its own decoder.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${nrm.oauth.issuer-uri:}'.isBlank()")
public class IssuerTokens {

    private static final Logger log = LoggerFactory.getLogger(IssuerTokens.class);

    @Bean
    JwtDecoder jwtDecoder(OAuthProperties properties) {
        log.info("Trusting bearer tokens of the issuer {}", properties.issuerUri());
        JwtDecoder issuer = new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(properties.issuerUri()));
        return token -> {
            try {
                return issuer.decode(token);
            } catch (JwtDecoderInitializationException unreachable) {
                // a JwtException, so that the request is refused as the server's failure (503), not a 500
                throw new JwtException("The token issuer could not be reached", unreachable);
            }
        };
    }
}
