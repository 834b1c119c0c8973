package org.nrmtracker.command.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Production (contract §8): tokens of the OpenID Connect issuer at {@code NRM_OAUTH_ISSUER_URI}, checked for that
 * issuer, their signature and their validity period. Its metadata is read at the first request, not at start, so
 * the app starts while the issuer is briefly unreachable.
 */
@Configuration
@ConditionalOnExpression("!'${nrm.oauth.issuer-uri:}'.isBlank()")
class ExternalIssuer {

    @Bean
    JwtDecoder jwtDecoder(OAuthProperties properties) {
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
