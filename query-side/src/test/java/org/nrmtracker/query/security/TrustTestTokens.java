package org.nrmtracker.query.security;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** Makes the application trust {@link TestTokens} instead of the issuer it is configured with. */
@TestConfiguration(proxyBeanMethods = false)
public class TrustTestTokens {

    @Bean
    @Primary
    JwtDecoder testTokenDecoder() {
        return TestTokens.decoder();
    }
}
