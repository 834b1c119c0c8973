package org.nrmtracker.command.security;

import jakarta.servlet.DispatcherType;
import org.nrmtracker.kernel.bearer.VerifiedTokens;
import org.nrmtracker.platform.openapi.ApiDocsAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.time.Clock;

import static org.nrmtracker.command.security.Scopes.ADMIN;
import static org.nrmtracker.command.security.Scopes.REFERRALS_WRITE;
import static org.nrmtracker.command.security.Scopes.authority;

/**
 * Who may call what on the command side (contract §8): a provider's token with {@code referrals:write} and an
 * organisation writes; an administrator reads the metrics; only health is open, and the API description
 * as {@link ApiDocsAccess} decides. Bearer tokens only: no sessions,
 * no cookies, so no CSRF to guard against.
 */
@Configuration
@EnableWebSecurity
class ApiSecurity {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain api(HttpSecurity http, JwtDecoder jwtDecoder, ApiDocsAccess apiDocs) throws Exception {
        SecurityProblems problems = new SecurityProblems();
        // the system clock, as the decoder's own timestamp checks: a token's expiry is real time
        VerifiedTokens<Jwt> verified = new VerifiedTokens<>(Jwt::getExpiresAt, Clock.systemUTC());
        http.authorizeHttpRequests(requests -> requests
                        // an error page rendered for a request that was already let through
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.GET, ApiDocsAccess.PATHS).access(apiDocs)
                        .requestMatchers(HttpMethod.POST, "/api/v1/referrals", "/api/v1/referrals/*/events",
                                "/api/v1/referral-events:import").access(providerOfAnOrganisation())
                        .requestMatchers("/actuator/**").hasAuthority(authority(ADMIN))
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(token -> verified.verify(token, jwtDecoder::decode)))
                        .bearerTokenResolver(tokensExceptOnHealth())
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(problems::failed);
                                return filter;
                            }
                        }))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable);
        return http.build();
    }

    /** A probe that sends a stale token to the health check is still answered: health reads no token. */
    private static BearerTokenResolver tokensExceptOnHealth() {
        DefaultBearerTokenResolver tokens = new DefaultBearerTokenResolver();
        return request -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.equals("/actuator/health") || path.startsWith("/actuator/health/") ? null
                    : tokens.resolve(request);
        };
    }

    /** {@code referrals:write} alone is not enough: the referrals a provider may touch are its organisation's. */
    private static AuthorizationManager<RequestAuthorizationContext> providerOfAnOrganisation() {
        String required = authority(REFERRALS_WRITE);
        return (authentication, context) -> {
            var caller = authentication.get();
            boolean allowed = caller instanceof JwtAuthenticationToken token
                    && token.getAuthorities().stream().anyMatch(granted -> required.equals(granted.getAuthority()))
                    && Caller.hasOrganisation(token.getToken());
            return new AuthorizationDecision(allowed);
        };
    }
}
