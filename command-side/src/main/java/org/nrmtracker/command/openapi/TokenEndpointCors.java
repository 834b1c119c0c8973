package org.nrmtracker.command.openapi;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

import java.util.List;

/**
 * Lets the query side's Swagger UI (another origin: another port) ask the local token endpoint for a token, which a
 * browser allows only with CORS. Only the token endpoint, only in local mode, only for
 * {@code nrm.openapi.token-endpoint-origins}. It runs before the security filters, so a preflight is answered
 * without a token; the token request itself still needs the client's id and secret.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${nrm.oauth.issuer-uri:}'.isBlank()")
class TokenEndpointCors {

    static final String TOKEN_ENDPOINT = "/oauth2/token";

    @Bean
    FilterRegistrationBean<CorsFilter> tokenEndpointCorsFilter(
            @Value("${nrm.openapi.token-endpoint-origins:}") List<String> origins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins.stream().map(String::strip).filter(origin -> !origin.isEmpty()).toList());
        cors.setAllowedMethods(List.of("POST"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "X-Requested-With"));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration(TOKEN_ENDPOINT, cors);
        FilterRegistrationBean<CorsFilter> filter = new FilterRegistrationBean<>(new CorsFilter(source));
        filter.addUrlPatterns(TOKEN_ENDPOINT);
        filter.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return filter;
    }
}
