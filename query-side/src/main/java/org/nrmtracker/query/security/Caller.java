package org.nrmtracker.query.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.security.Principal;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is asking, as its bearer token says: the client, its organisation (claim {@code org}) and the
 * authorities its scopes grant. A request without a token is a caller with none of them.
 *
 * @param client       claim {@code client_id}, else {@code azp}, else {@code sub}; null without a token
 * @param organisation claim {@code org}; null when the token has none
 */
public record Caller(String client, String organisation, Set<String> authorities) {

    public static final String ORGANISATION_CLAIM = "org";

    private static final Caller NOBODY = new Caller(null, null, Set.of());

    public Caller {
        authorities = Set.copyOf(authorities);
    }

    /** The caller of a request authenticated by a bearer token; anyone else is a caller without authorities. */
    public static Caller of(Principal principal) {
        if (!(principal instanceof Authentication authentication) || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            return NOBODY;
        }
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return new Caller(clientOf(jwt.getClaims()), text(jwt.getClaims().get(ORGANISATION_CLAIM)), authorities);
    }

    /** The token's client: who recorded or read something (contract §8). */
    static String clientOf(Map<String, Object> claims) {
        for (String claim : new String[] {"client_id", "azp", "sub"}) {
            String value = text(claims.get(claim));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    public boolean has(String authority) {
        return authorities.contains(authority);
    }

    /** Only a string counts: a claim of another shape names no organisation. */
    static String text(Object claim) {
        return claim instanceof String value && !value.isBlank() ? value : null;
    }
}
