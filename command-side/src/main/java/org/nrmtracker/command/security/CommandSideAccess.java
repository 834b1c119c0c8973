package org.nrmtracker.command.security;

import org.nrmtracker.platform.security.AccessRules;
import org.nrmtracker.platform.security.Authorities;
import org.nrmtracker.platform.security.ProviderOfAnOrganisation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;

/**
 * Who may call what on the command side (docs/api.md §8), within the platform's chain (health open, anything not
 * listed needs a valid token): a provider's token with {@code referrals:write} and an organisation writes; an
 * administrator reads the metrics; either erases personal data (docs/personal-data.md).
 */
@Configuration(proxyBeanMethods = false)
class CommandSideAccess {

    @Bean
    AccessRules commandSideRules() {
        return requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/v1/referrals", "/api/v1/referrals/*/events",
                        "/api/v1/referral-events:import").access(ProviderOfAnOrganisation.required())
                .requestMatchers(HttpMethod.POST, "/api/v1/referrals/*/erasure").access(AuthorizationManagers.anyOf(
                        ProviderOfAnOrganisation.required(), AuthorityAuthorizationManager.hasAuthority(Authorities.ADMIN)))
                .requestMatchers("/actuator/**").hasAuthority(Authorities.ADMIN);
    }
}
