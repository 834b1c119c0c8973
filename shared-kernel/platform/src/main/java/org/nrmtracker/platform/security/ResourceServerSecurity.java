package org.nrmtracker.platform.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.nrmtracker.kernel.bearer.VerifiedTokens;
import org.nrmtracker.platform.openapi.ApiDocsAccess;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
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
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

import java.time.Clock;
import java.util.Set;

/**
 * Who may call what (docs/api.md §8), the part both applications share: bearer tokens, no sessions of its own, so no
 * CSRF either, except where an application has a console whose {@link SignedInSessions} lend their access tokens
 * (then a state-changing request sent with the session cookie needs the CSRF token); health is open; each application's {@link AccessRules} come next; any other request needs a
 * valid token; the API description is read as {@link ApiDocsAccess} decides. A refusal is a problem+json 401 or
 * 403 ({@link SecurityProblems}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(OAuthProperties.class)
@Import(IssuerTokens.class)
public class ResourceServerSecurity {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /** Last: the command side's token endpoint, in local mode, has a chain of its own that goes first. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain resourceServer(HttpSecurity http, JwtDecoder jwtDecoder, AccessRules rules,
                                       ApiDocsAccess apiDocs, ObjectProvider<SignedInSessions> consoles)
            throws Exception {
        SecurityProblems problems = new SecurityProblems();
        // the system clock, as the decoder's own timestamp checks: a token's expiry is real time
        VerifiedTokens<Jwt> verified = new VerifiedTokens<>(Jwt::getExpiresAt, Clock.systemUTC());
        http.authorizeHttpRequests(requests -> {
                    // the error page renders failures of requests already authorised
                    requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                            .requestMatchers(HttpMethod.GET, ApiDocsAccess.PATHS).access(apiDocs);
                    rules.authorize(requests);
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(token -> verified.verify(token, jwtDecoder::decode)))
                        .bearerTokenResolver(tokensExceptOnHealth())
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(problems);
                                return filter;
                            }
                        }))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                // a bearer token authenticates one request: no session of its own, and a console's stays as it is
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable);
        acceptSignedInSessions(http, consoles.getIfAvailable());
        return http.build();
    }

    /**
     * Without a console, no CSRF: nothing is sent by cookie. With one, its session's token is lent to requests
     * without an {@code Authorization} header, after the CSRF check (which Spring skips for requests bringing their
     * own bearer token; one sent with the session cookie must not skip it).
     */
    private static void acceptSignedInSessions(HttpSecurity http, SignedInSessions signedIn) throws Exception {
        if (signedIn == null) {
            http.csrf(AbstractHttpConfigurer::disable);
            return;
        }
        http.csrf(csrf -> csrf.csrfTokenRepository(signedIn.csrfTokens())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(ResourceServerSecurity::sentBySession)
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
                .addFilterBefore(new SessionTokens(signedIn), BearerTokenAuthenticationFilter.class);
    }

    /** A probe that happens to send a stale token to the health check is still answered: health reads no token. */
    private static BearerTokenResolver tokensExceptOnHealth() {
        DefaultBearerTokenResolver tokens = new DefaultBearerTokenResolver();
        return request -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.equals("/actuator/health") || path.startsWith("/actuator/health/") ? null
                    : tokens.resolve(request);
        };
    }

    /** A state-changing request that the browser authorised with its session cookie, not a bearer token. */
    private static boolean sentBySession(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod()) && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.getSession(false) != null;
    }
}
