package org.nrmtracker.platform.openapi;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The parts of the OpenAPI description (served at {@code /v3/api-docs}, shown by Swagger UI at
 * {@code /swagger-ui.html}) that both applications share: the problem answers, the security schemes and who may
 * read the description. Each application imports it and adds what only it answers.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiDocsProperties.class)
public class ApiDocs {

    @Bean
    ProblemAnswers problemAnswers() {
        return new ProblemAnswers();
    }

    @Bean
    ProblemBodies problemBodies() {
        return new ProblemBodies();
    }

    @Bean
    TokenSchemes tokenSchemes(ApiDocsProperties properties, @Value("${nrm.oauth.issuer-uri:}") String issuerUri) {
        return properties.tokenUrlOr(issuerUri).map(TokenSchemes::clientCredentialsAt)
                .orElseGet(() -> TokenSchemes.discoveredAt(properties.discoveryOf(issuerUri)));
    }

    @Bean
    ApiDocsAccess apiDocsAccess(ApiDocsProperties properties, @Value("${nrm.oauth.issuer-uri:}") String issuerUri) {
        return new ApiDocsAccess(properties.readableWithoutToken(issuerUri));
    }
}
