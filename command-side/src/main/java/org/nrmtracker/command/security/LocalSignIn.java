package org.nrmtracker.command.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import java.util.List;

/**
 * The local login page where people sign in to the console (docs/console.md): Spring's own form at
 * {@code /login} (and its stylesheet), for the demo people when started with {@code --demo} ({@link DemoPeople}); without them no one can
 * sign in. Signed in, a person is sent back to the authorization request that asked ({@link LocalAuthorizationServer}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${nrm.oauth.issuer-uri:}'.isBlank()")
class LocalSignIn {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityFilterChain loginPage(HttpSecurity http, Environment environment) throws Exception {
        http.securityMatcher("/login", "/default-ui.css")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .userDetailsService(people(DemoPeople.requested(environment).entrySet().stream()
                        .map(person -> User.withUsername(person.getKey()).password(person.getValue().secret())
                                .build())
                        .toList()))
                .formLogin(form -> form.permitAll());
        return http.build();
    }

    private static InMemoryUserDetailsManager people(List<UserDetails> people) {
        return new InMemoryUserDetailsManager(people);
    }
}
