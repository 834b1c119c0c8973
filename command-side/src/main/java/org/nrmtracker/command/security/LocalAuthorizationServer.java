package org.nrmtracker.command.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.nrmtracker.platform.security.OAuthProperties;
import org.nrmtracker.platform.security.SecurityProblems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The local token endpoint (docs/api.md §8) when no external issuer is configured: Spring's authorization server,
 * client-credentials grant, {@code POST /oauth2/token}, keys at {@code GET /oauth2/jwks}; and, for people signing in
 * to the console (docs/console.md), the authorization-code grant with PKCE and OpenID Connect, its login page in
 * {@link LocalSignIn}. The signing key is made
 * at start and never written anywhere, so tokens end with the process and no key can leak from disk or the
 * repository; the query side fetches the key set again when it meets an unknown key id.
 */
@Configuration
@ConditionalOnExpression("'${nrm.oauth.issuer-uri:}'.isBlank()")
class LocalAuthorizationServer {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain tokenEndpoint(HttpSecurity http) throws Exception {
        SecurityProblems problems = new SecurityProblems();
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults())
                            .authorizationEndpoint(endpoint -> endpoint.authenticationProviders(providers ->
                                    providers.forEach(LocalAuthorizationServer::acceptLocalhost)));
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // a person's browser asking for authorization goes to the login page; an API client gets a 401
                .exceptionHandling(handling -> handling
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                new MediaTypeRequestMatcher(MediaType.TEXT_HTML))
                        .defaultAuthenticationEntryPointFor(problems, AnyRequestMatcher.INSTANCE))
                .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults()));
        return http.build();
    }

    private static void acceptLocalhost(AuthenticationProvider provider) {
        if (provider instanceof OAuth2AuthorizationCodeRequestAuthenticationProvider authorizationRequests) {
            authorizationRequests.setAuthenticationValidator(new LoopbackRedirectUris());
        }
    }

    @Bean
    RegisteredClientRepository registeredClients(OAuthProperties properties, Environment environment) {
        List<RegisteredClient> clients = new ArrayList<>(LocalClients.of(properties, DemoClients.requested(environment)));
        if (!DemoPeople.requested(environment).isEmpty()) {
            clients.add(ConsoleClient.registered(properties.accessTokenTtl()));
        }
        // Spring's repository refuses an empty list; without clients every token request is simply refused
        return clients.isEmpty() ? new NoClients() : new InMemoryRegisteredClientRepository(clients);
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> organisationClaim(Environment environment) {
        return new LocalTokenClaims(DemoPeople.requested(environment));
    }

    @Bean
    OAuth2AuthorizationService authorizations() {
        return new PeopleAuthorizations();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    @Bean
    JWKSource<SecurityContext> signingKeys() {
        KeyPair keys = rsaKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic())
                .privateKey((RSAPrivateKey) keys.getPrivate())
                .keyID(UUID.randomUUID().toString())
                .build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> signingKeys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKeys);
    }

    private static final class NoClients implements RegisteredClientRepository {

        @Override
        public void save(RegisteredClient client) {
            throw new UnsupportedOperationException("clients come from configuration");
        }

        @Override
        public RegisteredClient findById(String id) {
            return null;
        }

        @Override
        public RegisteredClient findByClientId(String clientId) {
            return null;
        }
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is part of every Java runtime", e);
        }
    }
}
