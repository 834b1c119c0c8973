package org.nrmtracker.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Which paths need which authorities: each application declares its own as one bean, and the shared chain
 * ({@link ResourceServerSecurity}) puts them between the open health check and "any other request needs a valid
 * token".
 */
@FunctionalInterface
public interface AccessRules {

    void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
