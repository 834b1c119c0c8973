package org.nrmtracker.query.console;

import jakarta.servlet.DispatcherType;
import org.nrmtracker.platform.security.OAuthProperties;
import org.nrmtracker.platform.security.SignedInSessions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.nrmtracker.platform.security.SecurityProblems;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The console's chain (docs/console.md), before the platform's API chain: a backend-for-frontend. People sign in
 * with the authorization-code grant and PKCE ({@code oauth2Login}); the tokens stay in the server's session, the
 * browser holds only the HttpOnly, SameSite session cookie; a state-changing request needs the CSRF token (a cookie
 * the pages read and send back as {@code X-XSRF-TOKEN}); every page is sent with a Content-Security-Policy that
 * allows only this origin's scripts and styles, no inline script or style, no eval. The API accepts the session too,
 * through {@link ConsoleSessions}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleProperties.class)
class ConsoleSecurity {

    static final String SESSION_COOKIE = "NRM_CONSOLE";
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String SIGN_IN = "/console/sign-in/" + ConsoleProperties.REGISTRATION;

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain console(HttpSecurity http, ClientRegistrationRepository registrations,
                                OAuth2AuthorizedClientRepository authorizedClients, CookieCsrfTokenRepository csrfTokens)
            throws Exception {
        DefaultOAuth2AuthorizationRequestResolver withPkce =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, "/console/sign-in");
        withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.securityMatcher(ConsolePages.PATHS)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/console/assets/**", "/webjars/**", "/console/signed-out").permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login.loginPage(SIGN_IN)
                        .clientRegistrationRepository(registrations)
                        .authorizedClientRepository(authorizedClients)
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withPkce))
                        .redirectionEndpoint(endpoint -> endpoint.baseUri(ConsoleRegistration.SIGNED_IN + "/*"))
                        .defaultSuccessUrl("/", false))
                .oauth2Client(client -> client.clientRegistrationRepository(registrations)
                        .authorizedClientRepository(authorizedClients))
                // the pages' own calls for who is signed in get a 401, not a redirect to the issuer
                .exceptionHandling(handling -> handling
                        // a write without its CSRF token gets the API's problem+json 403, naming what is missing
                        .accessDeniedHandler(new SecurityProblems())
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                PathPatternRequestMatcher.pathPattern(ConsolePages.SESSION))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(SIGN_IN),
                                request -> true))
                .requestCache(cache -> cache.requestCache(pagesAsked()))
                .csrf(csrf -> csrf.spa().csrfTokenRepository(csrfTokens))
                .logout(logout -> logout.logoutUrl("/console/sign-out").logoutSuccessUrl("/console/signed-out")
                        .deleteCookies(SESSION_COOKIE))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** The page asked for before signing in is the one shown after, at its own address (no {@code ?continue}). */
    private static HttpSessionRequestCache pagesAsked() {
        HttpSessionRequestCache pages = new HttpSessionRequestCache();
        pages.setMatchingRequestParameterName(null);
        return pages;
    }

    @Bean
    ClientRegistrationRepository consoleRegistration(OAuthProperties oauth, ConsoleProperties console) {
        return new ConsoleRegistration(oauth, console);
    }

    /** Tokens in the session, never in an in-memory map keyed by name nor in the browser. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        return tokens;
    }

    @Bean
    SignedInSessions consoleSessions(ClientRegistrationRepository registrations,
                                     OAuth2AuthorizedClientRepository authorizedClients,
                                     CookieCsrfTokenRepository csrfTokens) {
        DefaultOAuth2AuthorizedClientManager manager =
                new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build());
        return new ConsoleSessions(manager, csrfTokens);
    }

}
