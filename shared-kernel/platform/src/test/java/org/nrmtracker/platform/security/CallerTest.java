package org.nrmtracker.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One caller for both applications: who it is and what it may do, from its bearer token alone. */
class CallerTest {

    @Test
    void theClientIsClientIdElseAzpElseSubject() {
        assertThat(Caller.of(token(Map.of("client_id", "a", "azp", "b", "sub", "c"))).client()).isEqualTo("a");
        assertThat(Caller.of(token(Map.of("azp", "b", "sub", "c"))).client()).isEqualTo("b");
        assertThat(Caller.of(token(Map.of("client_id", " ", "sub", "c"))).client()).isEqualTo("c");
    }

    @Test
    void onlyATextClaimNamesAnOrganisation() {
        assertThat(Caller.of(token(Map.of("sub", "c", "org", "org-a"))).organisation()).isEqualTo("org-a");
        assertThat(Caller.of(token(Map.of("sub", "c", "org", 42))).organisation()).isNull();
        assertThat(Caller.of(token(Map.of("sub", "c", "org", ""))).organisation()).isNull();
        assertThat(Caller.of(token(Map.of("sub", "c"))).organisation()).isNull();
    }

    @Test
    void theAuthoritiesAreThoseOfItsScopesNotTheScopeNames() {
        Caller caller = Caller.of(token(Map.of("sub", "c")));

        assertThat(caller.has(Authorities.STATISTICS_READ)).isTrue();
        assertThat(caller.has(Scopes.STATISTICS_READ)).isFalse();
        assertThat(caller.has(Authorities.ADMIN)).isFalse();
    }

    @Test
    void aRequestWithoutABearerTokenHasNoCaller() {
        var anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

        assertThatThrownBy(() -> Caller.of(null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Caller.of(anonymous)).isInstanceOf(IllegalStateException.class);
    }

    private static JwtAuthenticationToken token(Map<String, Object> claims) {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").claims(c -> c.putAll(claims))
                .issuedAt(Instant.EPOCH).expiresAt(Instant.EPOCH.plusSeconds(60)).build();
        return new JwtAuthenticationToken(jwt, AuthorityUtils.createAuthorityList(Authorities.STATISTICS_READ));
    }
}
