package org.nrmtracker.query.security;

import jakarta.servlet.DispatcherType;
import org.nrmtracker.kernel.bearer.VerifiedTokens;
import org.nrmtracker.platform.openapi.ApiDocsAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.time.Clock;

/**
 * Who may call what (contract §8): bearer tokens only, no sessions, no cookies, so no CSRF either.
 * <table>
 * <tr><td>{@code /actuator/health/**}</td><td>anyone</td></tr>
 * <tr><td>{@code GET /v3/api-docs}, Swagger UI</td><td>as {@link ApiDocsAccess} decides</td></tr>
 * <tr><td>{@code GET /api/v1/referrals/**} (§4)</td><td>statistics:read, or referrals:write with an
 * {@code org} claim (which referrals it sees is the timeline controller's business)</td></tr>
 * <tr><td>{@code /api/v1/statistics/**} (§5)</td><td>statistics:read</td></tr>
 * <tr><td>{@code /api/v1/audit/**} (§6)</td><td>audit:read</td></tr>
 * <tr><td>{@code /api/v1/admin/**} (§7), {@code /actuator/**}</td><td>admin</td></tr>
 * <tr><td>anything else</td><td>any valid token</td></tr>
 * </table>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain querySideSecurity(HttpSecurity http, JwtDecoder jwtDecoder, ApiDocsAccess apiDocs)
            throws Exception {
        AuthenticationEntryPoint unauthorized = SecurityProblems.unauthorized();
        // the system clock, as the decoder's own timestamp checks: a token's expiry is real time
        VerifiedTokens<Jwt> verified = new VerifiedTokens<>(Jwt::getExpiresAt, Clock.systemUTC());
        http.authorizeHttpRequests(requests -> requests
                        // the error page renders failures of requests already authorised
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.GET, ApiDocsAccess.PATHS).access(apiDocs)
                        .requestMatchers(HttpMethod.GET, "/api/v1/referrals", "/api/v1/referrals/**")
                        .access(readsTimelines())
                        .requestMatchers("/api/v1/statistics/**").hasAuthority(Scopes.STATISTICS_READ)
                        .requestMatchers("/api/v1/audit/**").hasAuthority(Scopes.AUDIT_READ)
                        .requestMatchers("/api/v1/admin/**", "/actuator/**").hasAuthority(Scopes.ADMIN)
                        .requestMatchers("/api/**").denyAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(token -> verified.verify(token, jwtDecoder::decode)))
                        .bearerTokenResolver(tokensExceptOnHealth())
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(SecurityProblems.forbidden())
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(
                                        SecurityProblems.failedAuthentication(unauthorized));
                                return filter;
                            }
                        }))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(SecurityProblems.forbidden()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable);
        return http.build();
    }

    /** Health is open: a probe that happens to send a stale token is still answered, not turned away. */
    private static BearerTokenResolver tokensExceptOnHealth() {
        DefaultBearerTokenResolver tokens = new DefaultBearerTokenResolver();
        return request -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.equals("/actuator/health") || path.startsWith("/actuator/health/") ? null
                    : tokens.resolve(request);
        };
    }

    /** Analysts read every timeline; a provider only with the organisation its referrals are matched against. */
    private static AuthorizationManager<RequestAuthorizationContext> readsTimelines() {
        AuthorizationManager<RequestAuthorizationContext> providerOfAnOrganisation = (authentication, context) ->
                new AuthorizationDecision(Caller.of(authentication.get()).organisation() != null);
        return AuthorizationManagers.anyOf(
                AuthorityAuthorizationManager.hasAuthority(Scopes.STATISTICS_READ),
                AuthorizationManagers.allOf(
                        AuthorityAuthorizationManager.hasAuthority(Scopes.REFERRALS_WRITE),
                        providerOfAnOrganisation));
    }
}
