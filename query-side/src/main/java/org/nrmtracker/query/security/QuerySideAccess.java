package org.nrmtracker.query.security;

import org.nrmtracker.platform.security.AccessRules;
import org.nrmtracker.platform.security.Authorities;
import org.nrmtracker.platform.security.ProviderOfAnOrganisation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;

/**
 * Who may call what on the query side (docs/api.md §8), within the platform's chain (health open, anything not
 * listed needs a valid token):
 * <table>
 * <tr><td>{@code GET /api/v1/referrals/**} (§4)</td><td>statistics:read, or referrals:write with an
 * {@code org} claim (which referrals it sees is the timeline controller's business)</td></tr>
 * <tr><td>{@code /api/v1/statistics/**} (§5)</td><td>statistics:read, or referrals:write with an {@code org} claim
 * (which referrals count is the statistics' business)</td></tr>
 * <tr><td>{@code GET /api/v1/caseload} (§4.3)</td><td>referrals:write with an {@code org} claim</td></tr>
 * <tr><td>{@code /api/v1/audit/**} (§6)</td><td>audit:read</td></tr>
 * <tr><td>{@code /api/v1/admin/**} (§7), {@code /actuator/**}</td><td>admin</td></tr>
 * <tr><td>any other {@code /api/**}</td><td>nobody</td></tr>
 * </table>
 */
@Configuration(proxyBeanMethods = false)
public class QuerySideAccess {

    @Bean
    AccessRules querySideRules() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/v1/referrals", "/api/v1/referrals/**")
                // analysts read every timeline; a provider only with the organisation its referrals are matched to
                .access(AuthorizationManagers.anyOf(
                        AuthorityAuthorizationManager.hasAuthority(Authorities.STATISTICS_READ),
                        ProviderOfAnOrganisation.required()))
                // a provider's statistics count only its own organisation's referrals
                .requestMatchers("/api/v1/statistics/**")
                .access(AuthorizationManagers.anyOf(
                        AuthorityAuthorizationManager.hasAuthority(Authorities.STATISTICS_READ),
                        ProviderOfAnOrganisation.required()))
                .requestMatchers("/api/v1/caseload").access(ProviderOfAnOrganisation.required())
                .requestMatchers("/api/v1/audit/**").hasAuthority(Authorities.AUDIT_READ)
                .requestMatchers("/api/v1/admin/**", "/actuator/**").hasAuthority(Authorities.ADMIN)
                .requestMatchers("/api/**").denyAll();
    }
}
